"""Spanish (and Spanglish) crisis patterns, read with talk.crisis's English ones.

Written against ``talk.reading.fold`` text: lower case, without accents ("mas", "aqui").
"""

from __future__ import annotations

YO = r"(?:me|mi|a mi)"
EL = (
    r"(?:el|ella|ellos|alguien|un senor|un tipo|el man|mi (?:novio|bf|papi|viejo|jefe|padrastro|"
    r"tio|tia|papa|mama|madrastra|hermano|primo|prima|ex|esposo|daddy|vecino)|mi boyfriend)"
)

# "me muero de hambre/de risa", "morirme de la verguenza": hyperbole, not a wish to die.
NO_HIPERBOLE = (
    r"(?! de (?:la |el )?(?:risa|hambre|sueno|verguenza|pena|ganas|calor|frio|aburrimiento|amor|"
    r"envidia|emocion|nervios|cansancio|sed|said|celos|miedo|ternura|la risa))"
)
# "me corte el pelo", "quiero cortar con mi novio": a haircut or a break-up, not a wound.
NO_CORTE = (
    r"(?! (?:el |mi |los |las |la |un |de )?(?:pelo|cabello|fleco|unas|puntas|dedo|papel|cocinando)\b|"
    r"(?: \w+){0,3} (?:en la cocina|cocinando|picando|cuando pico|pelando|rasurando|afeitandome)\b"
    r"(?!.{0,40}\b(?:a proposito|para sentir|pa sentir|ahorita|ahora mismo|no es|cuchillo)\b)|"
    r" con (?:mi|el|ella|la|su|ese|esa)\b(?! (?:navaja|cuchillo|vidrio|cuter|rastrillo|gillette))|"
    r" con (?:un |una |el |la )?(?:papel|hoja|lata)\b)"
)

# "cansada de vivir con mi tía": a housemate, not life. "en este infierno" stays a crisis.
NOT_A_HOUSEMATE = (
    r"(?! (?:con (?:mi|mis) (?:tia|tio|abuel[ao]s?|mama|papa|papas|padres|prim[ao]s?|herman[ao]s?|"
    r"familia|novio|roomie|roommate|suegr[ao]s?)|en (?:esta casa|este depa|este apartamento|la casa "
    r"de|casa de|el mismo cuarto|la misma casa|el mismo cuarto))\b)"
)

# Self-harm and wanting to die, said straight or sideways; for oneself or someone else.
SELF_HARM = [
    # A whole box, all of them, the bottle: an overdose, whatever the pills were for.
    r"^(?=.*\b(?:todas|toda la caja|el bote|todo el bote|todo el frasco|el frasco|juntas|como \d+|"
    r"\d\d+)\b).{0,300}\b(?:me tome|tome|me trague|me acabo de tomar|me bebi|me eche)\b.{0,60}\b(?:pastillas|"
    r"pildoras|medicina|medicinas|medicamentos)\b",
    # Kinds es4 showed the words missing (fifth session): why still alive, a plan nobody
    # will stop, hurting oneself to feel, starving as punishment, the whole bottle.
    r"\bno se (?:porque|por que|para que|pa que) sigo viv[ao]\b|\b(?:para|pa) que sigo viv[ao]\b",
    r"\bnadie me va a (?:poder )?(?:parar|detener)\b|\btengo un plan\b.{0,30}\b(?:viernes|sabado|"
    r"domingo|manana|hoy|esta noche)\b",
    r"\bme (?:hago|hice|estoy haciendo) dano\b|\b(?:para|pa) castigarme\b|\bdeje de comer a proposito\b",
    r"\b(?:si me tomo|me tomo|tomarme|me trago)\b.{0,20}\b(?:todo el bote|el bote entero|toda la "
    r"caja|todas las)\b",
    # Wishing to be run over, on top of a bridge.
    r"\b(?:quisiera|ojala|quiero|me gustaria) (?:que|q) me (?:atropell\w+|mat\w+|lleve la muerte|"
    r"cayera algo|caiga algo)\b",
    r"\b(?:estoy|toy|ando) (?:arriba del|arriba de un|en el|sobre el|en un|parad[ao] en el|en la orilla "
    r"del) (?:puente|techo de un edificio|barandal)\b",
    # Morir, desaparecer, quitarse la vida, hacerse dano.
    r"\b(?:me quiero|quiero|quisiera|me voy a|voy a|me gustaria|ganas de|me dieron ganas de|"
    r"pense en|pensado en|pensar en|penzado en|ando queriendo|me quisiera) "
    rf"(?:morir{NO_HIPERBOLE}|morirme{NO_HIPERBOLE}|matar|matarme|suicidar|suicidarme|desaparecer|dormir para siempre|"
    rf"cortar\b{NO_CORTE}|cortarme\b{NO_CORTE}|colgarme|ahorcarme|envenenarme|pegarme un tiro|darme un tiro|"
    r"pegarme un balazo|darme un balazo|cortarme las venas|quitar la vida|quitarme la vida|"
    r"hacerme dano|lastimarme|ahorcar|"
    r"ahorcarme|tirarme|aventarme|dejar de existir|acabar con todo|acabar con mi vida)",
    # Not "ya no puedo mas con la escuela", not "ya no quiero seguir, borra todo" (a stop).
    r"\bya no (?:quiero|aguanto|puedo) (?:vivir|seguir(?! con esto| con el chat| hablando| aqui)|mas con esto|estar aqui|existir|mas)\b(?! (?:a|al|el|la|los|las|este|esta|ese|esa|estos|estas|mi|mis|tu|su|sus|sin|de|hasta|que)\b(?! vida\b))"
    r"(?! con (?:la|el|los|las|mis|mi|este|esta|ese|esa) (?!vida\b))(?!,? (?:borra|borralo|stop|cierra|elimina|adios)\b)",
    r"\bno quiero (?:vivir|seguir viviendo|estar viva|estar vivo|despertar|existir)\b",
    r"\b(?:seria|estarian|estaria) mejor (?:si no estuviera|si me muero|sin mi|muerta|muerto)",
    r"\bnadie (?:me )?(?:extranaria|va a extranar|notaria|le importaria|me va a extranar)",
    rf"\bsuicid\w*|\bquitarme la vida\b|\bme corto{NO_CORTE}\b|\bme estoy cortando{NO_CORTE}\b|\bcortarme{NO_CORTE}\b",
    r"\b(?:me tome|tome|me voy a tomar) (?:todas las|un monton de|muchas) (?:pastillas|pildoras)",
    r"\b(?:carta|mensaje) de despedida\b|\beste es mi ultimo mensaje\b|\bme despido\b",
    r"\bya (?:escribi|deje|hice|termine) (?:la|mi|las|mis) cartas?\b",
    r"\b(?:acabar|terminar) con (?:todo|mi vida|esto de una vez)\b",
    r"\b(?:quiero|quisiera) que todo (?:se acabe|termine|acabe)\b|\bque todo se acabe\b",
    r"\bsoy una carga\b|\bmejor muert[ao]\b|\bojala (?:no despierte|me muera|estuviera muert)",
    # Said sideways: cuts and blood, a method at hand, pills taken, sleeping for good.
    rf"\bme (?:corte|cortaba|volvi a cortar|estoy cortando|lastime|queme){NO_CORTE}\b|\bse (?:corta|esta "
    rf"cortando|corto){NO_CORTE}\b|\blo (?:que|q) me hice\b",
    r"\b(?:sangre|sangrando)\b.{0,30}\b(?:no para|mucha|no deja|no se detiene|no se para)\b|"
    r"\bno para de (?:salir )?sangr",
    r"\b(?:pastillas|pildoras|navaja|cuchillo|cuerda|soga|pistola|veneno|cloro)\b.{0,40}"
    r"\b(?:en la mano|en mis manos|aqui conmigo|enfrente de mi|al lado|junto a mi|en mi mano)\b",
    r"\b(?:me tome|tome|me trague|me acabo de tomar|me voy a tomar|me bebi|bebi|me acabo de beber|"
    r"me eche|me acabo de tragar)\b(?! (?:mis|mi|la) (?:pastillas|pastilla|medicinas|medicina)"
    r"(?: (?:de|del|para|pa) \w+)?$)"
    r"(?: \w+){0,6} (?:pastillas|pildoras|medicinas|medicamentos|cloro|veneno)\b"
    r"(?:(?=.*\b(?:todas|toda la caja|el bote|juntas|como \d+|\d\d+)\b)|"
    r"(?! (?:para|pa) (?:el dolor|la cabeza|la gripa|la gripe|la tos|los colicos|el colico|la fiebre|"
    r"la alergia|la presion|el estomago|la garganta)\b))",
    r"\b(?:dormir|dormirme|me duermo|me dormiria)\b.{0,25}\bno (?:despertar|despierto|volver a "
    r"despertar|despertarme)\b|\bno despertar (?:nunca|mas|jamas)\b",
    r"\b(?:les|le) (?:escribi|deje|voy a dejar) (?:una |unas )?cartas?\b|\bpor si (?:ya no estoy|"
    r"no estoy|me pasa algo|no regreso|no despierto)\b",
    r"\b(?:regale|regalando|voy a regalar|les di|le di|repartiendo|reparti) (?:todas )?mis cosas\b|"
    r"\bya no (?:las|los|lo|la) voy a (?:necesitar|ocupar)\b",
    r"\b(?:puente|azotea|techo|edificio|vias del tren|barranco)\b.{0,40}\b(?:brincar|saltar|"
    r"tirarme|aventarme|lanzarme)\b|\b(?:brincar|saltar|tirarme|aventarme|lanzarme) (?:del|de la|"
    r"desde|al)\b",
    r"\bya no (?:voy a|vo a|voy) (?:a )?estar\b|\bno (?:voy a|vo a) estar (?:pa|para|en) "
    r"(?:navidad|mi cumple|manana|el ano|fin de ano)\b",
    r"\b(?:pienso|pensando|pense|penzando|pienzo) en (?:matarme|suicidarme|morirme|quitarme la "
    r"vida|cortarme|desaparecer|no despertar|brincar|saltar|tirarme|aventarme|acabar con todo)\b",
    r"\b(?:parar|acabar|terminar con|quitar) (?:este|el|todo este) dolor (?:para siempre|de una "
    r"vez|ya)\b|\bdejar de existir\b|\bno existir\b|\bdesaparecer para siempre\b",
    r"\b(?:salir|salirme|irme) (?:de )?este mundo\b|\bme (?:quiero|voy a) ir de este mundo\b",
    r"\bya me despedi\b|\b(?:es|sera) (?:mi|la) ultima noche\b|\bme estoy despidiendo\b",
    r"\bse (?:quiere|quiera|va a|queria|quizo|quiso) (?:morir|matar|suicidar|cortar|quitar la vida|"
    rf"desaparecer|aventar|tirar (?:del|de la|de un|al|a las|desde|por la ventana)|colgar|ahorcar|envenenar|dar un tiro|pegar un tiro)\b{NO_CORTE}{NO_HIPERBOLE}",
    # Said sideways, by kind: worn out with living, no point, wishing not to be, a plan, goodbyes.
    r"\b(?:ya )?no (?:aguanto|soporto|puedo) (?:mas|ya)\b(?= *$| (?:neta|la neta|wey|guey|en serio|de verdad|ayuda|ayudame|por favor|ya|todo|nada|con todo|con esto|con mi vida|esta vida|la vida|vivir|mi vida|me quiero|quiero|estoy|no se)\b)",
    r"\b(?:ya )?(?:me canse|me cansé|estoy cansad[ao]|estoy hart[ao]|me harte|ando cansad[ao]|ando hart[ao]) de (?:vivir|todo|la vida|mi vida|existir|estar viv[ao]|seguir|luchar|intentar)\b(?! (?:el|la|lo) (?:dia|semana|trabajo|escuela))"
    rf"{NOT_A_HOUSEMATE}",
    r"\b(?:para|pa) (?:que|q) (?:sigo|seguir|vivo|vivir|existo|estoy aqui|sigo aqui|sigo viviendo|intentarlo|seguir intentando)\b|\bde (?:que|q) sirve (?:seguir|vivir|que siga|que viva|intentar)\b",
    r"\b(?:mi vida )?no (?:tiene|le veo|le encuentro) (?:sentido|caso|razon) (?:seguir|vivir|la vida|mi vida|a (?:la|mi) vida|a nada|nada|estar aqui|seguir viviendo)\b|\bmi vida no vale (?:nada|la pena)\b|\bno vale la pena (?:vivir|seguir)\b",
    r"\bmejor me (?:desaparezco|desaparesco|muero|mato|voy para siempre|quito del camino|quito de en medio)\b|\bmejor (?:ya )?no (?:estar|existir|despertar)\b",
    r"\bojala (?:no existiera|ya no existiera|nunca hubiera nacido|no hubiera nacido|me muriera|me matara|me muera|desapareciera|me desapareciera|me atropellara|me atropelle|me pase algo|no despertara|ya no estuviera|me llevara la muerte)\b",
    r"\b(?:a )?nadie (?:le )?(?:importa|importaria|va a importar|le va a importar) (?:si|cuando) (?:me muero|me muera|me mato|me mate|desaparezco|desaparezca|ya no estoy|ya no este|me voy)\b|\bnadie (?:me )?(?:extrañaria|va a notar|notaria si|me va a buscar si)\b",
    r"\b(?:pensando en|pienso|voy a|quiero|ganas de|me dan ganas de) (?:hacer )?(?:una|alguna) (?:tonteria|locura|pendejada|estupidez)\b(?! (?:en|con|de) (?:la|el|mi) (?:fiesta|pelo|cabello|escuela|clase))",
    r"\b(?:irme|me voy|me quiero ir|me voy a ir|quiero irme|me iria) (?:para|pa) siempre\b(?! (?:de|a|al|para) (?:aqui|esta|este|mi casa|la casa|mexico|otro|otra))",
    r"\bya (?:tengo|lo tengo|la tengo|tengo todo|lo tengo todo) (?:todo )?(?:planeado|pensado|decidido|listo)\b(?! (?:pa|para) (?:la|el|mi|mis) (?:fiesta|cumple|viaje|boda|quince|vacaciones|escuela|tarea|mudanza))|\bya (?:se|decidi) (?:como|cuando) (?:lo voy a hacer|hacerlo|me voy a (?:matar|ir))\b|\bya (?:compre|consegui|tengo) (?:las pastillas|la soga|la cuerda|el veneno|la pistola|la navaja)\b",
    r"\b(?:escribo|escribi|vengo|es) (?:para|pa) (?:despedirme|decir adios)\b|\bme vengo a despedir\b|\badios (?:a todos|para siempre|pa siempre)\b|\bgracias por todo why adios\b",
    r"\bperdon(?:enme|ame|en)?\b.{0,20}\bpor (?:todo|lo que voy a hacer|irme|no ser suficiente|ser una carga|lo que hice why lo que voy)\b(?! (?:lo|el) (?:que|de) (?:hice|paso) (?:ayer|en la))|\bperdonenme\b(?! (?:por|x) (?:la|el|llegar|tardar|las|los|mi (?:ortografia|espanol|ingles)))",
    r"\bcuiden (?:a|de|mucho a) mi\b|\bcuida(?:n|me)? (?:a|de) mi \w+ (?:por|x) mi\b|\bcuando (?:ya no este|yo no este|ya no estoy|me muera|me haya ido)\b",
    r"\b(?:seria|estarian|estaria|serian|vivirian) (?:mejor|mas felices) (?:para|pa)? ?(?:todos|mi familia|mi jefa|mi mama)? ?(?:si|sin) (?:ya no (?:estoy|estuviera|existiera)|no (?:estuviera|existiera)|yo|mi|me muero|desaparezco)\b",
    r"\b(?:he pensado|pense|pienso|ando pensando|estoy pensando|pensando) (?:mucho )?en (?:matarme|suicidarme|morirme|quitarme la vida|colgarme|ahorcarme|aventarme|tirarme|desaparecer|no despertar|la muerte|cortarme las venas)\b",
    # Cuts, burns, overdoses, self or a friend.
    r"\bme (?:quemo|quemaba|pego|golpeo|rasguno|rasguño|muerdo) (?:\w+ ){0,3}(?:pa|para) (?:sentir|castigarme|no sentir|calmarme|sentirme)\b|\bme (?:pego|golpeo|lastimo|corto|quemo) (?:a mi misma|a mi mismo|yo sola|yo solo)\b",
    r"^(?!.*\b(?:personaje|novela|serie|pelicula|peli|libro|capitulo|episodio)\b).{0,300}"
    r"\bse (?:tomo|trago|acaba de tomar|esta tomando) (?:todas las|un monton de|muchas|un bote de|unas|las) (?:pastillas|pildoras|medicinas|chochos)\b",
    r"\bya no (?:quiere|queria|quiso) (?:vivir|seguir viviendo|estar aqui|existir|despertar)\b|\b(?:dice|dijo) (?:que|q) (?:se va a|se quiere|ya no quiere) (?:matar|morir|vivir|suicidar|aventar|tirar|colgar|cortar(?! (?:el|con)))\b",
    r"\bse (?:esta cortando|corta|corto|quema|esta quemando)(?! (?:el|la|las|los|con) (?:pelo|cabello|unas|fleco|novio|novia))\b|\bcortandose\b(?! (?:el|las) (?:pelo|unas))",
    # Wanting to go to heaven, or to be with someone who died there.
    r"\b(?:me quiero|quiero|quisiera|ya me quiero) (?:ir|irme)(?: (?:con|a ver a) (?:mi |mis )?\w+(?: \w+)?)? al cielo\b|"
    r"\b(?:estar|irme) con (?:mi |mis )?\w+ (?:en el cielo|allá arriba|alla arriba)\b",
    # Fourth session (es3, read): not waking up, a farewell with a message to pass on, pills
    # counted, burning or cutting where nobody sees, the bridge or the roof, tired of being
    # alive, sleeping forever, wanting it all to end.
    r"\bojala (?:ya )?no (?:despertar|despierte|despertara|amanecer|amanezca)\b",
    r"\b(?:diganle|dile|digan|digale|dilo) a mi (?:mama|papa|hermana|hermano|familia|abuela|jefa) "
    r"(?:q|que) (?:la|lo|los|las) quiero\b|\bgracias (?:x|por) todo y perdon\b",
    r"\b(?:me|se) tom(?:e|o|aron|ó|é) (?:como |un chorro de |muchas |todas (?:las|mis) |un monton de |"
    r"\d\d+ )+(?:pastillas|tylenol|pildoras|xanax|ibuprofeno|clonazepam|paracetamol|medicinas)\b",
    r"\bme (?:quemo|queme|corto|corte|sigo cortando|sigo quemando) (?:con|en) (?:el |la |las |los |un |una |mis )?"
    r"(?:encendedor|cigarro|navaja|cuchilla|gillette|vidrio|piernas|brazos|munecas|panza)\b|"
    r"\bme sigo cortando\b|\bhasta sangrar\b(?!.{0,30}\b(?:piquetes?|"
    r"mosquitos?|comezon|granos?|ronchas?|alergia|encias|nariz|padrastros?)\b)",
    r"\bme voy a (?:aventar|tirar|lanzar)\b(?! (?:a|en) (?:la|el) (?:alberca|piscina|cama|sillon|agua)|"
    r" (?:a )?(?:dormir|jugar)\b(?!.{0,30}\b(?:para siempre|pa siempre|no despertar)\b)|"
    r" (?:el|un|una|la|los|las|mi) (?:examen|tarea|clavado|"
    r"siesta|viaje|taco|tacos|peli|pelicula|partido|serie|proyecto|chamba|trabajo|carrera|maraton)\b)|"
    r"\b(?:techo|azotea|puente)\b.{0,40}\b(?:me decidi|aventar|tirarme|saltar|brincar)\b",
    r"\b(?:quiero|quisiera) (?:q|que) (?:se acabe|termine|se termine) todo\b|\bcansad[ao] de "
    r"(?:estar viv[ao]|vivir|existir)\b"
    rf"{NOT_A_HOUSEMATE}|"
    r"\bsi me muero\b.{0,30}\bnadie\b|\b(?:dormir|dormirme) (?:pa|para) "
    r"siempre\b",
]

# Danger now and violence: someone near, hitting, a weapon, locked in, followed, threatened.
DANGER = [
    r"\bno (?:me|nos) (?:deja|dejan)\b.{0,60}\b(?:amarrad[ao]s?|encerrad[ao]s?|nos tienen|me tienen)\b",
    r"\bme acaba de (?:pegar|golpear|ahorcar|amenazar)\b|\b(?:fue por|va por|fue a traer|fue a buscar) "
    r"(?:su|la|una|el|un) (?:pistola|arma|cuchillo|navaja|cuete|fierro)\b",
    r"\bme (?:jala|jalo|jalan) (?:del|el) (?:pelo|cabello)\b|\bme (?:avienta|aviento) (?:contra|a la|al)?",
    r"\b(?:moretones|marcas) en el cuello\b|\b(?:me va a|me iba a) (?:ensenar|dar) una leccion\b",
    r"\b(?:esta|estan|anda) (?:tumbando|pateando|golpeando|rompiendo|aporreando) la puerta\b",
    r"\bme (?:pusieron|puso|echaron|echo) algo en (?:la|mi|el) (?:bebida|vaso|refresco|trago|cerveza|agua|jugo)\b|"
    r"\bdesperte en (?:otra casa|un lugar|un cuarto|otro lugar)\b",
    r"\b(?:padrastro|novio|papa|tio|esposo|viejo) le (?:pega|golpea|ahorca|pego|golpeo)\b",
    r"\b(?:se tomo|tomo|se metio)\b.{0,30}\bno despierta\b|\bno despierta\b(?!.{0,20}\b(?:temprano|a "
    r"tiempo|para la escuela|pa la escuela)\b)",
    r"\b(?:mi|el|su) (?:tio|padrastro|primo|abuelo|hermano|novio) me toca (?:en las noches|en la noche|"
    r"cuando duermo|cuando no hay nadie)\b",
    # Not bearing being hit any more; a restraining order he does not respect; he broke in.
    r"\b(?:aguanto|soporto|harta de|harto de|cansada de|cansado de) (?:que|q) me (?:golpee|golpeen|"
    r"pegue|peguen|lastime|lastimen|maltrate|viole|toque)\b",
    r"\borden de restriccion\b.{0,30}\bno (?:la|lo) (?:respeta|cumple)\b|\bse (?:metio|quiso meter|"
    r"metieron) (?:a|en) (?:mi|la|nuestra) (?:casa|cuarto|depa|apartamento|traila)\b",
    # Peligro ahora.
    rf"\b{EL} (?:esta|estan|anda|viene) (?:afuera|aqui|en la puerta|buscandome|siguiendome|"
    r"en camino|por llegar)",
    r"\b(?:me esta|me estan|me) (?:pegando|golpeando|ahorcando|lastimando|amenazando|violando|"
    r"siguiendo|persiguiendo)\b",
    r"(?<!no )\b(?:me pega|me golpea|me golpeo|me pego|me ahorco|me violo|me violaron|me abuso|"
    r"abusaron de mi|me ataco)\b(?! (?:los |la |el |una |un )?(?:piojos|gripa|gripe|covid|varicela|chicle|sarampion|infeccion|virus|hongos|algo)\b)",
    r"\b(?:me encerro|me encerraron|estoy encerrad[ao]|me tiene encerrad[ao]|atrapad[ao])\b"
    r"(?!.{0,40}\b(?:de broma|jugando|ya me abrio|ya me sacaron)\b)(?!.{0,40}(?:ja){2,})",
    # Not a group home's or a school's rules: "no me dejan salir de la casa hogar".
    r"^(?!.*\b(?:casa hogar|group home|albergue|juvenil)\b).*?"
    r"\bno (?:me|nos|la|lo) (?:deja|dejan) (?:salir|irme|irnos|ir|comer|dormir|hablar|ver|llamar)\b"
    r"(?! (?:al|a la|a las|a los|en|con) (?:bano|fiesta|fiestas|cine|concierto|partido|playa|recreo|"
    r"excursion|viaje|baile|clase|mall|plaza|antro|celular|cel|tele|compu)\b)"
    r"(?! (?:de|del) (?:la )?(?:casa "
    r"hogar|group home|hogar|albergue|escuela|juvenil|centro|programa)\b)",
    r"\b(?:tiene|trae|traia|tenia|saco|agarro|anda con) (?:una |un |el |la |su )?(?:pistola|arma|cuchillo|navaja|cuete|fierro|machete|cuchilla)\b",
    # A weapon and someone looking for, following or waiting for the person.
    r"\b(?:pistola|arma|cuchillo|navaja|cuete|fierro|machete|cuchilla)\b.{0,40}\b(?:me|nos) (?:esta|estan|ta|tan|anda|andan|"
    r"sigue|siguen)? ?(?:buscando|siguiendo|esperando)\b|\bme (?:ta|tan|anda|andan) (?:buscando|siguiendo|persiguiendo)\b",
    # Beaten: to me, or to someone close.
    r"\b(?:me|lo|la|nos|los) (?:golpearon|pegaron|madrearon|apalearon|apunalaron|balearon|"
    r"acuchillaron|dieron una (?:golpiza|paliza|madriza|putiza))\b(?! (?:los |la |el |una |un )?(?:piojos|gripa|gripe|covid|varicela|chicle|sarampion|infeccion|virus|hongos|algo)\b)(?!.{0,30}\b(?:futbol|fut|partido|juego|"
    r"examen|gripa|gripe|cruda)\b)",
    # "me va a matar" of an exam, a grade or a borrowed hoodie, laughing: hyperbole.
    r"^(?!.*\b(?:examen|tarea|escuela|clase|maestra|maestro|calor|calificaciones|boleta|trastes|"
    r"platos|quehacer\w*|si no llego|llego tarde|(?:ja){2,}\w*)\b.{0,30}"
    r"\bme (?:va|van) a matar\b).*?"
    r"\b(?:me va a|me van a|dijo que me iba a|amenazo con|me quiere|me quieren) (?:matar|pegar|golpear|lastimar|"
    r"hacer dano|encontrar)(?!.{0,40}\b(?:calificaciones|boleta|examen|reprob\w*|reprueb\w*|tarea|notas|"
    r"llego tarde|llegue tarde|(?:ja){2,}\w*|(?:je){2,}\w*|lol|lmao|xd|literal|trastes|platos|"
    r"quehacer\w*|si no (?:llego|lavo|limpio|recojo|saco|hago))\b)",
    r"\bestoy en peligro\b|\bno estoy a salvo\b|\bno me siento segur[ao]\b|\bauxilio\b|"
    r"\bsocorro\b|\bayuda ya\b|\bes una emergencia\b|\bestoy sangrando\b",
    # Danger now: outside, coming, knocking, locked in, followed, found, threatened.
    r"\b(?:esta|estan) (?:afuera|aqui afuera|en la puerta|abajo)\b.{0,40}\b(?:miedo|buscando|"
    r"casa|carro)\b|\besta afuera de mi (?:casa|cuarto|escuela|trabajo|puerta)\b|\b(?:me esta|"
    r"me estan|anda|andan) buscando\b",
    r"\b(?:viene|vienen) (?:pa ca|para aca|pa aca|para aqui|en camino|por mi)\b|\b(?:viene|esta|"
    r"llego)\b.{0,30}\b(?:borracho|enojado|drogado|armado|bien pedo)\b|\by ya viene\b",
    r"\b(?:tocando|golpeando|pateando|aporreando) (?:la|mi) (?:puerta|ventana)\b",
    r"^(?!.*\b(?:estrict[ao]s?|castigad[ao]|llueve|lluvia)\b).{0,300}\bno (?:puedo|podemos) salir\b|\bse llevo (?:la llave|las llaves|mi celular|mis papeles|"
    r"mi telefono)\b",
    r"\bme (?:siguieron|siguio|persigue|persiguen|persiguieron)\b",
    r"\b(?:ya )?sabe(?:n)? donde (?:estoy|vivo|duermo|me quedo|trabajo|estudio|ando)\b",
    r"\bme (?:amenazo|amenaza|amenazan|amenazaron)\b|\b(?:le|les) (?:hace|va a hacer|hara) "
    r"algo a mi\b",
    r"\bme (?:busca|va a buscar|encuentra|va a encontrar|encontro)\b.{0,25}\b(?:mata|matar|"
    r"pega|hace algo)\b|\bsi\b.{0,40}\bme (?:mata|matan)\b|\bme (?:mata|matan) a (?:golpes|palos|madrazos|chingadazos)\b|\bme (?:va a buscar|van a buscar)\b",
    r"\b(?:migra|inmigracion|deportar|deporten|deportan)\b.{0,60}\b(?:si no|me agarra|le habla|"
    r"les habla|me va a|amenaz|me dicen|dice)\b|\bsi (?:voy|hablo|le digo|les digo|llamo) "
    r"(?:a la policia|con la policia|a la migra|a alguien)\b",
    # Danger now: someone near and afraid, hit, choked, locked in, a weapon, a threat.
    r"\b(?:esta|estan|anda|andan|sigue|siguen) (?:afuera|alla afuera|aqui afuera|outside|en la puerta|enfrente)\b.{0,60}\b(?:miedo|asustad[ao]|escond\w*|me va a|me quiere|buscandome|ayuda|ayudame|que hago|peligro|enojad[ao]|borracho|drogado|pedo|armado|gritando|tocando|golpeando)\b",
    r"\b(?:miedo|asustad[ao])\b.{0,60}\b(?:esta|estan|anda|andan) (?:afuera|alla afuera|aqui afuera|outside|en la puerta|enfrente)\b",
    r"\b(?:ya )?(?:viene|vienen) (?:para aca|pa aca|pa ca|para aqui|por mi)\b.{0,40}\b(?:enojad[ao]|borracho|drogado|pedo|armado|miedo|me va a|me quiere|me mata)\b",
    r"\b(?:ya )?me (?:encontro|encontraron|hallo|hallaron)(?= *$| (?:otra vez|de nuevo|aqui|wey|neta|ayuda|ayudame|que hago|no se|why|ya|en el|en la|y me))",
    r"\b(?:me|nos|la|lo|las|los) (?:dejo|dejaron|tiene|tienen|deja|dejan|encierra|encierran|encerraba|encerro|encerraron|tenia) (?:\w+ )?encerrad[ao]s?\b|\b(?:me|nos|la|lo) (?:encierra|encierran|encerro|encerraron)\b(?!.{0,40}\b(?:de broma|jugando|"
    r"ya me abrio)\b)|\bcerro (?:el cuarto |la puerta )?con llave\b.{0,30}\b(?:no puedo|no me deja|adentro|salir)\b|\bme (?:dejo|dejaron) (?:encerrad[ao]|adentro) con llave\b",
    r"\b(?:me|le|la|les|nos) (?:dio|da|the|dan|dieron|daba|va a dar|puso|metio|acomodo|pone|mete) (?:una|un|unos|unas|tremenda|tremendo) (?:cachetada|cachetadas|bofetada|bofetadas|madrazo|madrazos|putazo|putazos|golpe|golpes|golpiza|paliza|punetazo|punetazos|patada|patadas|chingadazo|chingadazos|cintarazo|cintarazos|trancazo|trancazos|fregadazo|madriza|putiza|cates|manazo|cinturonazo|cinturonazos)\b(?!.{0,30}\b(?:futbol|fut|partido|juego|basket|beisbol|fortnite|free fire|minecraft|ajedrez)\b)",
    r"\b(?:me|la|lo|le|nos) (?:esta|estaba|estuvo|estan|estaban) (?:pegando|golpeando|ahorcando|asfixiando|lastimando|madreando|violando|manoseando|amenazando)\b|\bme asfixi\w*|\ba mi (?:hermana|hermanita|mama|jefa|amiga|prima|hija|hermano|hermanito) (?:la|lo) (?:esta|estan) (?:pegando|golpeando|ahorcando|lastimando|violando)\b",
    r"\b(?:me|la|le) (?:agarro|apreto|agarra|aprieta|tomo|agarraba) (?:del|el|de el|por el) cuello\b|\b(?:manos|mano) en (?:mi|el) cuello\b",
    r"\b(?:me|la) (?:avento|empujo|estrello|arrastro|jalo|aventaron|empujaron) (?:contra|al suelo|al piso|del pelo|de los pelos|por las escaleras|del cabello|por el pelo|de las grenas)\b",
    r"\b(?:le|les) (?:esta pegando|pega|pego|golpea|golpeo|esta golpeando) a (?:mi|mis)\b|\b(?:lo|la) (?:esta|estan) (?:golpeando|matando|madreando|ahorcando)\b",
    r"\b(?:anda|viene|esta|estaba|andan|vienen|estan|llego) armad[oa]s?\b|\bme (?:apunto|apunta|esta apuntando|amenazo|amenaza) con (?:una|la|un|el|su) (?:pistola|arma|cuchillo|navaja|fierro|cuete|cohete|machete)\b|\b(?:pistola|cuchillo|navaja|arma|cuete|fierro|machete)\b.{0,30}\b(?:en el cuello|en la cabeza|en la panza|me apunta|me apunto)\b",
    r"\b(?:miedo|temor) (?:de )?(?:que|q) me (?:mate|maten|pegue|peguen|golpee|golpeen|encuentre|encuentren|haga algo|hagan algo|lastime|lastimen|viole|violen|lleve|lleven|venda|vendan|ahorque|busque)\b",
    r"\b(?:me da|me the|tengo|me dio) miedo (?:de )?(?:regresar|volver|ir|llegar) a (?:mi )?(?:casa|cuarto|depa|apartamento|la casa)\b|\bno (?:puedo|quiero) (?:regresar|volver|llegar) a (?:mi )?casa\b.{0,40}\b(?:me pega|me mata|miedo|me va a|golpes|morado|moretones)\b",
    r"\b(?:me|la|nos) (?:subieron|subio|quieren subir|quiere subir|metieron|metio|jalaron|jalo) (?:a|en) (?:un|una|su) (?:carro|camioneta|troca|van|coche|auto|camion)\b|\b(?:me|la|nos) (?:llevo|llevaron|quiere llevar|quieren llevar|tiene|tienen) a la fuerza\b",
    r"\b(?:se mete|se metia|entra|entraba) (?:a|en) mi (?:cuarto|cama)\b.{0,30}\b(?:noche|noches|cuando|me toca|dormida|dormido)\b|\bme (?:manosea|manoseo|manosean|manoseaba|toca (?:mis partes|ahi|donde no)|toco (?:mis partes|ahi|donde no))\b|\babus(?:a|o|aba|aron|an|ando) de (?:mi|ella|mi hermana|mi hermanita|mi hija)\b",
    r"\bsi (?:hablo|digo algo|le digo|les digo|llamo|aviso|me voy|me salgo|lo dejo|lo denuncio|me escapo)\b.{0,40}\bme (?:mata|matan|va a matar|van a matar|busca|encuentra|hace algo|pega|mata a)\b",
    # Followed, forced into a truck, hit in the face, hiding, someone at the door.
    r"\bme (?:viene|vienen|anda|andan|va|van) siguiendo\b|"
    r"^(?!.*\b(?:comer|brocoli|verduras|sopa|medicina|vacuna|misa|desayunar|almorzar)\b(?: \w+){0,3}"
    r" a la fuerza\b)(?!.*\ba la fuerza (?:la|el|las|los|mi|mis|su) (?:sopa|verduras|brocoli|medicina|"
    r"comida)\b).*?\ba la fuerza\b|"
    r"\bme (?:dio|pego|dieron|pegaron) en la (?:cara|cabeza|boca)\b(?! con (?:el|la|un|una) (?:balon|"
    r"pelota|bola)(?: \w+){0,2} (?:jugando|sin querer)\b(?!.{0,30}\ba proposito\b))(?!.{0,20}\bsin "
    r"querer\b)|"
    r"\b(?:estoy|toy|ando) escondi(?:d[ao]|a)\b(?!.{0,30}\b(?:jugando|escondidas|juego)\b)|"
    r"(?<!\bmi cel )(?<!\bel cel )(?<!\bmi celular )(?<!\bel celular )(?<!\bmi telefono )"
    r"(?<!\bel telefono )(?<!\bla compu )(?<!\bmi compu )(?<!\bla app )(?<!\bla pagina )"
    r"(?<!\bla pantalla )(?<!\bla tele )(?<!\bmi tablet )(?<!\bel control )(?<!\bel internet )"
    r"(?<!\bel wifi )\bno reacciona\b|"
    r"\b(?:tratando|intentando) de "
    r"(?:abrir|entrar|romper|tumbar) (?:mi|la) (?:puerta|ventana|cuarto)\b|\bno respira\b",
]

# Someone who is not a parent (a parent who takes the phone is a punishment), and a phone given
# back after work or class.
NO_PARIENTE = (
    r"(?:mi novio|mi bf|mi viejo|mi daddy|mi papi|el man|un senor|un tipo|mi jefe|mi patron|"
    r"mi patrona|el|ella|ellos|ese vato|el vato|alguien)"
)
LO_DEVUELVE = (
    r"(?!.{0,60}\b(?:me lo regresa|me lo devuelve|me lo regresan|me lo devuelven|a la salida|"
    r"al salir|despues de clase|en el trabajo|en la escuela|en clase)\b)"
)

# Forced, sold or controlled: made to work, money taken, papers kept, debt, photos as threats.
EXPLOITED = [
    r"\btengo (?:que|q) (?:salir|estar|acostarme|dormir) con sus (?:compas|amigos|cuates|homies)\b|"
    r"\bquiere (?:que|q) me acueste con (?:sus|el|ellos|su)\b",
    r"\bme dan (?:de comer|comida|donde dormir|un lugar)\b.{0,20}\bsi (?:voy|me acuesto|salgo|estoy) con\b",
    r"\b(?:nos|me|la) (?:mueven|mueve|cambian|llevan) de (?:ciudad|hotel|motel|estado|pueblo) cada\b",
    r"\b(?:esta noche|hoy) me tocan (?:\d+|dos|tres|cuatro|cinco)\b",
    r"\bpag\w* con (?:tu|mi|su) cuerpo\b",
    r"\bsi no (?:vuelvo|regreso|llego) con (?:el|la) (?:dinero|lana|cuota)\b|\b(?:me va a|va a) "
    r"(?:quemar|romper|tirar|esconder) mis papeles\b",
    r"\bcosas con (?:hombres|senores|tipos)\b.{0,20}\bpor dinero\b|\b(?:me pide|pide|quiere) cosas a "
    r"cambio\b",
    r"\b(?:arrestaron|agarraron|detuvieron)\b.{0,30}\bpor prostitucion\b",
    r"\b(?:el|un) (?:senor|tipo|man|jefe|patron) tiene las llaves\b",
    r"\bvuelve (?:en la noche|hoy|esta noche) con (?:alguien|un senor|unos|otro)\b",
    r"\b(?:fotos|foto) de (?:ella|el|mi \w+) en (?:una|un) (?:pagina|sitio|app)\b|\bpagina de anuncios\b",
    r"\bse fue con un (?:muchacho|hombre|senor|tipo|chavo|vato) (?:mayor|mas grande|grande|de \d\d)\b",
    r"\bno (?:le|les|nos|me) pagan\b.{0,20}\bni (?:lo|la|los|me|nos) dejan (?:regresar|salir|irse)\b|"
    r"\bse (?:lo|la|los) llevaron a trabajar\b",
    r"\bpagar de otra forma\b|\bme lleva a hoteles\b",
    # Made to work unpaid for a debt; a weekly sum owed to a boyfriend; an exit fee; rented out.
    r"\b(?:nos|me|la|lo) (?:hace|hacen|obliga|obligan|pone|ponen) (?:a )?trabajar\b.{0,60}\bsin "
    r"(?:pagarnos|pagarme|pagarle|pago|paga)\b|\bsin (?:pagarnos|pagarme)\b.{0,60}\b(?:le debemos|"
    r"le debo|debemos)\b",
    r"\bsi no le (?:llevo|doy|traigo|entrego|paso) (?:cierta cantidad|una cantidad|\$?\d+|la cuota|"
    r"dinero|el dinero|lo que saco)\b",
    r"\b(?:pagar|pago|cobra|cobran)\b.{0,25}\bde salida\b|\bcuota de salida\b|\bsi me salgo\b.{0,30}"
    r"\b(?:tengo (?:que|q) pagar|le debo|me cobra)\b",
    r"\bme (?:renta|rente|rentan|presta|preste|prestan) (?:con|a) (?:sus|los|unos|mis) (?:compas|"
    r"amigos|cuates|clientes|homies|conocidos)\b",
    # Obligada, vendida, controlada.
    rf"\b{EL} (?:me|nos|la|lo|las|los) (?:vende|vendio|venden|prostituye|prostituyen|pone a trabajar|"
    r"pone a chambear|obliga|obligan|renta|rente|rentan|presta|prestan)\b(?! (?:a )?(?:ir a (?:misa|la "
    r"escuela|la iglesia|clases?|terapia)|comer|estudiar|hacer (?:la )?tarea|limpiar|lavar|banarme|"
    r"levantarme|practicar|ir al doctor)\b)(?! en (?:su|mi|la|el) (?:proyecto|tarea|casa|jardin)\b)"
    r"(?!.{0,40}(?:ja){2,})",
    rf"\b{EL} me (?:quito|quitaron|agarro|guarda|tiene) (?:mis papeles|mi id|mi identificacion|mi "
    r"pasaporte|mis documentos|mi dinero|el dinero|todo el dinero|lo que gano|mi acta|la mica|mi mica)\b",
    rf"\b{NO_PARIENTE} me (?:quito|quitaron|agarro|tiene) (?:el|mi) (?:cel|celular|telefono)\b"
    rf"{LO_DEVUELVE}",
    rf"\b{NO_PARIENTE} (?:tiene|guarda|agarro|se quedo con|me quito) (?:mi|mis) (?:cel|celular|"
    rf"telefono|id|identificacion|papeles|pasaporte|documentos|acta|mica|dinero)\b{LO_DEVUELVE}",
    rf"\b{EL} me tiene (?:encerrad[ao]|trabajando|vendiendo|amenazad[ao]|vigilad[ao]|controlad[ao]|"
    r"secuestrad[ao]|como su|de su|bajo llave)",
    r"\b(?:me venden|me vendio|me vendieron|me prostituyen|me prostituye|me obligan|me obliga|"
    r"me obligo|me obligaron|me forzo|me forzaron|me fuerza|me explota|me explotan)\b"
    # Sold a pair of fake sneakers; made to go to mass.
    r"(?! (?:un|una|unos|unas) (?!senor|hombre|tipo|man|vato|viejo|senora|cliente)\w+)"
    r"(?! a (?:ir a (?:misa|la escuela|la iglesia|clases?|terapia)|comer|estudiar|hacer (?:la )?tarea|"
    r"limpiar|lavar|banarme|levantarme|practicar|ir al doctor)\b)",
    r"\bme (?:pone|ponen|puso) a (?:trabajar|chambear|vender|salir con|ver hombres|hacer citas)"
    r"(?! en (?:su|mi|la|el) (?:proyecto|tarea|casa|jardin)\b)(?!.{0,40}(?:ja){2,})",
    r"\b(?:la cuota(?! (?:del|de) (?:gym|gimnasio|celular|cel|internet|club|equipo|seguro|"
    r"escuela|inscripcion|la escuela))|cumplir (?:la|mi) cuota|tengo que juntar|tengo que traer)\b",
    # A sum to bring in every night, or leaving "the dates": the quota and the life.
    r"\btengo (?:que|q) (?:sacar|juntar|traer|hacer|ganar|entregar|llevar) \$?\d+\w*(?: \w+){0,2} "
    r"(?:cada|por|todas las|en la) (?:noche|dia|semana)\b|\bno me deja entrar (?:a la casa|al cuarto|al "
    r"hotel)? ?si no\b",
    r"\b(?:salgo|salirme|salir|me salgo|dejar|dejo|escaparme|escapar) (?:de )?(?:lo de )?(?:las |los )?"
    r"(?:citas|dates|clientes)\b",
    r"(?<!jefa )(?<!mama )(?<!mami )(?<!papa )(?<!apa )(?<!jefe )\bme (?:quito|quitaron|tiene|tienen|esconde|escondio) (?:mis |los |el |mi )?"
    r"(?:papeles|documentos|identificacion|id|celular|telefono|pasaporte|dinero|acta)\b",
    r"\ble debo\b(?! (?:una|un) (?:disculpa|favor|explicacion|respuesta|mensaje|llamada))"
    r"(?! a mi (?:prima|primo|hermana|hermano|amiga|amigo|mama|tia|abuela|mejor amiga)\b)|\bles debo\b|\bdice que le debo\b|\btengo que pagarle\b|\bpagar el viaje\b",
    r"\b(?:publicar|subir|mandar|ensenar|compartir) (?:mis|las) (?:fotos|videos|nudes)\b",
    r"(?<!sobre )(?<!de la )\b(?:trata de personas|trafico de personas|tratante|padrote|lenon|proxeneta)\b",
    r"\b(?:la vida(?! loca)|el juego|esa vida|esta vida)\b.{0,300}\b(?:salir|dejar|escapar|me obliga|cuota|"
    r"padrote|mi papi)\b|\bsalir de (?:la vida(?! loca)|esta vida|esa vida|el juego)\b",
    r"\bsexo (?:por|para tener|a cambio de) (?:un lugar|comida|dinero|donde dormir|drogas|cuarto)",
    r"\b(?:un senor|un hombre|un tipo) (?:mayor|grande)?.{0,300}\b(?:trabajo|modelar|modelo|bailar|"
    r"viaje|viajar|otra ciudad|regalos)\b.{0,300}\b(?:ofrec\w*|prometi\w*|invit\w*|quiere)\b",
    # Sold, rented out, made to work; debt, documents, photos, the circuit.
    r"\bme (?:vende|renta|rentan|presta|prestan) (?:con|a) (?:sus|los|unos|unas|mis|otros)\b|"
    r"\b(?:la|lo|me|nos|las|los) (?:estan|esta) vendiendo\b|\b(?:lo|la|los|las|le|les) "
    r"(?:obligan|obliga|obligaron|venden|vende|vendieron|prostituyen)\b|\ble quitaron (?:su|sus)\b",
    r"\bfotos (?:mias|de mi|intimas|desnuda|desnudo)\b.{0,60}\b(?:subir|publicar|mandar|ensenar|"
    r"pasar|si no)\b|\bsi no hago lo (?:que|q) (?:el|ella|ellos) (?:dice|diga|quiere|pide)\b",
    r"\b(?:salgo|salirme|me salgo|salir|dejo|dejar|deje|dejar de) (?:de |del )?(?:la vida(?! loca)|el juego|"
    r"juego)\b|\bdel juego\b|\bmi (?:daddy|papi)\b.{0,40}\b(?:dejar|salir|juego|trabajar|cuota|"
    r"encuentre|vida)\b|\bsin (?:que|q) me encuentre\b",
    r"\b(?:me tatuo|me tatuaron|me hizo tatuar|tengo tatuado|me puso) (?:su|el) nombre\b|"
    r"\bsoy suya\b|\bsoy de el\b|\bsu nombre tatuado\b",
    r"\bde ciudad en ciudad\b|\bme (?:mueven|movieron|llevan|llevaron) (?:de|a otra|a otro) "
    r"(?:ciudad|estado|pueblo|hotel)\b|\bno se (?:ni )?(?:donde|en que ciudad) estoy\b",
    r"\btengo (?:que|q) (?:estar|acostarme|dormir|meterme) con (?:el|ella|ellos|el senor|sus "
    r"amigos)\b|\b(?:me da|me the|me dan|me dio) (?:donde dormir|donde quedarme|un lugar|comida|techo)"
    r"\b.{0,40}\b(?:tengo (?:que|q)|a cambio)\b",
    r"\bhago (?:dates|citas)\b|\b(?:dates|citas) (?:pa|para) (?:poder )?(?:comer|dormir|pagar|"
    r"tener)\b",
    r"\bla bottom\b|\bme (?:vigila|vigilan|cuida para que no)\b",
    r"\btrabajar (?:pa|para) (?:el|ella|ellos) (?:en las noches|de noche|en la noche|en la calle)"
    r"\b|\bno me (?:deja|dejan) (?:terminar|estudiar|ir a la escuela|usar|tener)\b",
    r"\b(?:hotel|motel|cuarto)\b.{0,60}\bclientes?\b|\bclientes?\b.{0,60}\b(?:hotel|motel)\b|"
    r"\b(?:la|lo|me|nos|las|los) (?:espera|esperan|esperaba|esta esperando) afuera\b",
    r"\bsi no me acuesto con\b|\bme (?:corre|despide|corren) y (?:le|les) habla\b",
    r"\b(?:tengo|tiene) 1[0-7]\b.{0,40}\b(?:hombre|senor|man|tipo|novio|vato|chavo) de [2-6]\d\b|"
    r"\b(?:hombre|senor|novio|tipo) de [2-6]\d\b.{0,40}\b(?:tengo|tiene) 1[0-7]\b|"
    r"\bme quiere llevar a vivir con el\b",
    r"\bfavor(?:es)? (?:con|a|para) (?:sus|los) amigos\b|\bse fue (?:de la casa )?con un "
    r"(?:hombre|senor|tipo) (?:mayor|grande)\b",
    # Made to sell sex, sent to men, the money taken, sold online; said of a sister or friend too.
    r"\b(?:me|la|lo|las|los|nos) (?:pone|ponen|puso|pusieron|hace|hacen|manda|mandan|obliga|obligan)(?: a)? (?:trabajar|chambear|pararme|pararse|vender|hacer (?:dates|citas|clientes|servicios)|estar con|atender|acostarme|acostarse)\b.{0,20}\b(?:calle|esquina|senores|hombres|clientes|noche|noches|hotel|motel|bar|cantina|amigos|dates|servicios)\b",
    r"\b(?:su|mi|el) (?:novio|vato|daddy|papi|padrote|patron|viejo|ex|jefe) (?:la|las|lo) (?:pone|puso|manda|mando|obliga|obligo|hace) a (?:trabajar|chambear|pararse|vender|hacer|estar con|acostarse)\b",
    r"\b(?:me|la|lo|las|los|nos) (?:manda|mandan|mando|mandaron|lleva|llevan|llevo|llevaron|ofrece|ofrecen|presta|prestan|renta|rentan|deja con|pasa con) (?:con|a ver a|a estar con|a atender a|a) (?:senores|hombres|sus amigos|clientes|unos senores|unos hombres|tipos|unos tipos|vatos|unos vatos|viejos|unos viejos|otros hombres|desconocidos)\b",
    r"\b(?:tengo|tiene|tenemos) (?:que|q) (?:darle|darles|entregarle|entregarles|pasarle|pasarles) (?:todo|toda|todo lo|lo que gano|el dinero|la lana|la feria|el pisto|el varo|mi dinero)\b(?! (?:a mi|al) (?:jefa|mama|apa|papa|abuela))",
    r"\bse (?:queda|quedan|quedo|quedaba) con (?:todo (?:lo que gano|lo que saco|lo que me pagan|el dinero|mi dinero|el pisto|el varo)|toda la (?:lana|feria|paga|plata)|el dinero|la lana|la feria|el pisto|mi dinero|lo que gano|lo que saco|mi lana|las ganancias|mi paga|lo que me pagan)\b",
    r"\bcobra(?:n|ba)? (?:por|para) (?:mi|ella|estar conmigo|verme|mi hermana|acostarse conmigo)\b|\b(?:le|les) pagan (?:a el|a ella|por mi|por estar conmigo|para estar conmigo)\b|\bpagan (?:por|para) (?:estar conmigo|verme|acostarse conmigo|estar con ella)\b",
    r"\b(?:me|la|nos|las|lo) (?:vende|venden|vendia|vendio|vendieron|ofrece|ofrecen|anuncia|anuncian|promociona|promocionan) (?:por|en) (?:internet|redes|insta|instagram|face|facebook|paginas|una pagina|la pagina|whatsapp|la calle|el hotel|onlyfans|snap|tiktok|anuncios|telegram|la red)\b",
    r"\bme (?:sube|subio|subieron|suben|pone|puso|pusieron|hizo|hace|hicieron|anuncia) (?:en )?(?:anuncios|un anuncio|perfiles|un perfil)\b|\b(?:anuncio|anuncios|perfil|perfiles)\b.{0,30}\b(?:con mis fotos|con mi foto|con fotos mias|vendiendome|de mi cuerpo|pa que me contacten)\b",
    r"\b(?:me|nos) (?:tiene|tienen) (?:trabajando|chambeando|vendiendo|saliendo con|atendiendo)\b.{0,40}\b(?:no me paga|no nos paga|sin paga|sin pagar|gratis|no me deja|no nos deja|noche|clientes|senores|hombres|le debo)\b",
    r"\bno (?:me|nos) (?:paga|pagan|pago|pagaron|quiere pagar)\b.{0,60}\bno (?:me|nos) (?:deja|dejan|quiere dejar)\b|\bno (?:me|nos) (?:deja|dejan) (?:salir|irme|irnos|ir)\b.{0,60}\bno (?:me|nos) (?:paga|pagan)\b",
    r"\b(?:dates|clientes|tricks|johns)\b.{0,40}\b(?:me (?:hace|manda|pone|obliga|lleva)|la cuota|todo el dinero|le doy|le tengo (?:que|q) dar)\b|\bme (?:hace|manda|pone|obliga) (?:a )?(?:hacer )?(?:dates|tricks)\b",
    r"\bsi no (?:junto|saco|traigo|llevo|cumplo|hago) (?:la cuota|el dinero|lo que|la lana|la feria|el pisto|suficiente|los)\b",
    # Papers kept, debt for the trip, threats to pay, photos as a threat.
    r"\b(?:se quedo|se queda|se quedaron|se quedan) con (?:mis|mi|los|el|la) (?:papeles|documentos|pasaporte|id|identificacion|acta|mica|credencial|visa|permiso|green card)\b|\bno me (?:quiere|quieren|da|the|dan) (?:dar|regresar|devolver|entregar)? ?(?:mis|mi|los|el|la) (?:papeles|documentos|pasaporte|id|identificacion|acta|mica|credencial|visa|green card)\b",
    r"\b(?:tiene|tienen|guarda|guardan|agarro|agarraron|esconde|escondio) (?:mis|mi) (?:papeles|documentos|pasaporte|identificacion|acta|mica|credencial|visa|green card)\b|\bme quito (?:la|mi) (?:mica|credencial|visa|green card|acta)\b",
    r"\b(?:pagar|pagarle|pagarles|devolver|reponer) (?:\w+ )?(?:el|la|lo del|los|mi) (?:viaje|pasaje|boleto|cruce|coyote|deuda)\b.{0,40}\b(?:trabajando|con trabajo|el|ella|ellos|o si no|cuerpo)\b|\b(?:trabajando|trabajar|chambeando) (?:pa|para) pagar (?:el|la|lo del|mi) (?:viaje|pasaje|boleto|cruce|coyote|deuda)\b|\bdebo (?:el|la|lo del) (?:viaje|pasaje|boleto|cruce)\b|\b(?:la|mi) deuda (?:no se acaba|nunca se acaba|sigue creciendo|crece why crece|con el|con ella|con ellos)\b",
    r"\bsi no (?:le |les )?(?:pago|junto|traigo|cumplo|obedezco|regreso|hago lo que)\b.{0,50}\b(?:me (?:pega|mata|golpea|encierra|vende|madrea|hace algo|deporta|denuncia|reporta)|me (?:va|van) a (?:matar|pegar|golpear|hacer algo|vender|lastimar|madrear|publicar|subir|deportar|acusar|denunciar|reportar|echar)|(?:le|les) (?:hace|va a hacer|hara|hacen) algo|(?:le|les) (?:habla|hablan|va a hablar|llama) a la (?:migra|policia)|la migra|mis fotos|mis videos|mi pack)\b",
    r"\b(?:publicar|publica|subir|sube|subira|mandar|manda|mandarle|mandarselas|ensenar|ensenarle|compartir|pasar|pasarle|difundir|filtrar|quemarme con|exhibir|exponer|subirlas|mandarlas|pasarlas)(?: a (?:todos|mi \w+))? (?:mis|las|esas|unas|mi) (?:fotos|videos|nudes|packs|pack|fotitos|video)\b",
    r"\b(?:me|la|lo|nos) (?:chantajea|chantajean|chantajeo|chantajearon|esta chantajeando|extorsiona|extorsionan|extorsiono|esta extorsionando)\b|\bsextorsion\w*|\bextorsion\w* con (?:mis |unas |las )?(?:fotos|videos|pack)\b",
    # Sex traded for a place, food or money; moved between hotels and cities; an older man giving.
    r"\b(?:sexo|acostarme con el|acostarme con ellos|que me acueste con|dejarme tocar|hacer cosas con el|coger con el)\b.{0,30}\ba cambio\b|\ba cambio de\b.{0,30}\b(?:sexo|acostarme|que me acueste|dejarme tocar|coger|cosas con el)\b",
    r"\bde (?:hotel|motel|ciudad|estado|pueblo) en (?:hotel|motel|ciudad|estado|pueblo)\b|\bcada (?:semana|fin de semana|finde|par de dias|tres dias|noche|mes) (?:\w+ ){0,3}(?:otra|otro|diferente|nueva|nuevo) (?:ciudad|hotel|motel|estado|pueblo)\b|\bme (?:mueven|mueve|cambian|pasean|traen) (?:de|por|entre) (?:varias|varios|diferentes|distintas|distintos|muchas|muchos)? ?(?:ciudades|estados|hoteles|moteles|pueblos)\b",
    # The migra as a threat; rent paid with one's body; "the track"; put to "work" at parties;
    # dates for a boyfriend; moved in a van and never paid; papers kept by a boss; "producir".
    r"\b(?:migra|ice|inmigracion)\b.{0,40}\b(?:si me voy|si no|me deportan|deportar|deporten|le habla|"
    r"les habla|llama|hablar)\b|\bsi me voy\b.{0,30}\b(?:migra|deport\w*)\b",
    r"\bsi no (?:le )?pago\b.{0,40}\btengo (?:q|que) (?:estar|acostarme|dormir|hacer cosas) con\b",
    r"\b(?:en|del|al) (?:el )?track\b(?!.{0,25}\b(?:correr|carrera|entren\w*|practica|equipo|"
    r"atletismo|team|coach|meet)\b)|\b(?:la|lo|me|nos|las) pone a ['\"]?trabajar\b(?! en (?:su|mi|la|el) (?:proyecto|tarea|casa|"
    r"jardin)\b)(?!.{0,40}(?:ja){2,})|\b(?:haciendo|hacer|hago) "
    r"dates\b|\bsoy su (?:empleada|trabajadora|esclava|mercancia)\b",
    r"\b(?:nunca|no) nos pagan\b",
    r"\b(?:jefe|patron|patrona|dueno|duena|novio|senor|el)\b.{0,20}\b(?:tiene|se quedo con|agarro|guarda) "
    r"(?:mi|mis|nuestros|nuestras) (?:id|identificacion|pasaporte|pasaportes|papeles|documentos|acta)\b"
    r".{0,40}\b(?:no me (?:la|lo|los|las) (?:da|regresa|devuelve)|no me paga|hasta (?:q|que)|le debo)\b|"
    r"\b(?:pagarle|pagar|le debo|debo) el viaje\b",
    r"\b(?:hago|haga|hacer) lo (?:q|que) (?:ellos|sus panas|sus amigos|sus compas) quier\w*",
]

PATTERNS = SELF_HARM + DANGER + EXPLOITED

# Recruitment, as in English: someone offering work, modelling or travel, with a red flag.
RECLUTADOR = (
    r"\b(?:un senor|una senora|un hombre|una mujer|un tipo|una tipa|un man|alguien|un vato|una "
    r"muchacha|un muchacho|un chavo|una chava|una senorita)\b|\b(?:en|por) (?:insta|instagram|"
    r"face|facebook|tiktok|snap|internet|whatsapp)\b"
)
OFERTA = (
    r"\b(?:ofrec\w*|promet\w*|dice (?:que|q) me (?:va a|puede)|me quiere llevar|me invit\w*|"
    r"me paga|me compra|me consigue)\b"
)
BANDERA = (
    r"\b(?:trabajo|chamba|modelo|modelar|modelaje|bailar|bailarina|viaje|viajar|otra ciudad|"
    r"otro estado|vegas|los angeles|miami|hotel|vivir con el|no le diga|no le digas|secreto|"
    r"boleto|bus|camion|avion|me va a dar todo)\b"
)
# A job offered (waitress, model, nanny, dancer…) with the ticket paid or far from home.
_OFRECE = r"(?:ofrec\w*|promet\w*|consigu\w*|me puede(?:n)? (?:hacer|conseguir)|me (?:dijo|dijeron) (?:que|q) (?:hay|tiene|tienen|me)|me invit\w*|me quieren? llevar)"
_CHAMBA = r"(?:trabajo|chamba|jale|empleo|modelo|modelar|modelaje|mesera|ninera|nana|bailarina|edecan|hostess|masajista|acompanante)"
_RIESGO = r"(?:modelo|modelar|modelaje|mesera|ninera|nana|bailarina|bailar|edecan|hostess|masajista|acompanante|un bar|un club|una cantina)"
TRABAJO_OFRECIDO = rf"\b{_OFRECE}\b.{{0,40}}\b{_CHAMBA}\b|\b{_CHAMBA}\b.{{0,40}}\b{_OFRECE}\b"
OFERTA_RIESGOSA = rf"\b{_OFRECE}\b.{{0,40}}\b{_RIESGO}\b|\b{_RIESGO}\b.{{0,40}}\b{_OFRECE}\b"
VIAJE_PAGADO = (
    r"\b(?:pagan|paga|pagaron|pago|pagar|cubren|cubre|compran|compra|compraron|compro|manda|mandan|"
    r"mando|mandaron|mandar|mandarme|comprar|comprarme|da|the|dan|dieron|regala|ponen|pone) (?:\w+ )?(?:el |mi |los |un |una |la )?"
    r"(?:boleto|boletos|pasaje|pasajes|vuelo|avion|ticket|cruce|viaje)\b"
)
LEJOS = (
    r"\b(?:otra ciudad|otro estado|otro pais|el otro lado|el norte|vegas|houston|miami|nueva york|"
    r"new york|chicago|cancun|tijuana|monterrey|guadalajara|lejos|fuera de la ciudad)\b"
)
# Sex traded for a bed, food, money or drugs (for a minor, exploitation whatever the words).
SEXO = (
    r"\b(?:acost(?:arme|arse|ar) con|me acuesto con|me acueste con|se acueste con|dormir con "
    r"(?:el|ellos|el senor|el dueno|sus amigos)|coger con|cogerme|sexo con|tener sexo|hacer cosas "
    r"con (?:el|ellos)|hacerle cosas|dejarme tocar|me deje tocar|favores sexuales)\b"
)
NECESIDAD = (
    r"\b(?:donde dormir|donde quedarme|quedarme|un lugar|un techo|techo|comida|de comer|cuarto|"
    r"dinero|lana|feria|pisto|droga|drogas|mota|cristal|un celular|ropa|la renta|su casa|su depa)\b"
)
CAMBIO = (
    r"\b(?:a cambio|si me|si no me|pa que me|para que me|me deja|me dejan|me (?:da|the|dan|dio)|"
    r"tengo (?:que|q)|me pide|me cobra|pa poder|para poder)\b"
)
# An older man giving money or gifts, asking for photos or secrecy.
MAYOR = (
    r"\b(?:senor|viejo|hombre|tipo|man|vato|novio|chavo|ruco)(?: \w+){0,2} (?:mayor|grande|mas "
    r"grande|ya grande|de (?:[2-6]\d|treinta|cuarenta|cincuenta|veinti\w+)(?: anos)?)\b|\bsugar daddy\b"
)
DA_A_CAMBIO = (
    r"\bme (?:da|the|dio|manda|mando|paga|pago|compra|compro|regala|regalo|deposita|deposito) "
    r"(?:\w+ )?(?:lana|feria|pisto|dinero|varo|regalos|ropa|cosas|celular|tenis|dolares|billetes)\b|"
    r"\bme pide (?:fotos|videos|pack|packs|nudes|que me acueste|que me vaya con el|que no le diga)\b|"
    r"\bno le (?:diga|digas|cuente|cuentes) a (?:nadie|mi)\b|\b(?:que|q) sea (?:nuestro )?secreto\b"
)
# Photos or videos and a demand: the sextortion kind.
IMAGENES = r"\b(?:fotos|fotitos|videos|video|pack|packs|nudes|desnud[ao]s?)\b"
# Asked by an older man to go and live with him.
VIVIR_CON_EL = r"\b(?:me vaya|irme|me voy|vete|vente|me fuera) (?:a vivir )?con el\b"
SECRETO = r"\b(?:no le digas?|no digas|no les digas|no le diga) (?:a nadie|nada|a tu (?:mama|familia|jefa))\b"
# Photos or videos of the person put online or passed around by someone: image abuse.
SUBIDAS = (
    r"\b(?:las|los|mis|unas|sus) (?:(?:ya|fotos|fotitos|videos|nudes|pack|packs|imagenes|tambien|"
    r"intimas|privadas|desnuda|desnudo) ){0,2}"
    r"(?:subio|subieron|publico|publicaron|paso|pasaron|"
    r"compartio|compartieron|vendio|vendieron|vende|venden)\b|\b(?:subio|subieron|publico|publicaron|"
    r"compartio|compartieron|vendio|vendieron|vende|venden|paso|pasaron) (?:mis|las|unas|mi) "
    r"(?:fotos|videos|video|nudes|pack)\b"
)
EXIGE = (
    r"\b(?:si no (?:le |les )?(?:pago|mando|doy|hago|deposito|envio|paso|regreso)|a menos (?:que|q)|amenaz\w*|chantaj\w*|extorsion\w*|me pide (?:dinero|lana|mas|\$?\d+)|o (?:los|las|lo|la) sube|"
    r"quiere (?:mas|dinero|lana)|(?:las|los|lo) va a (?:subir|mandar|publicar|pasar)|a todos mis)\b"
)
# An adult who messages at night and singles one out with trips and gifts: grooming.
MENSAJES_RAROS = (
    r"\b(?:mensajes raros|me (?:manda|escribe|textea) (?:mensajes )?(?:en|a media) (?:la )?noche)\b"
)
SOLO_A_MI = r"\b(?:solo a mi|otra ciudad|me compro|me regalo|no le digas)\b"
ALL_OF = [
    (MENSAJES_RAROS, SOLO_A_MI),
    (RECLUTADOR, OFERTA, BANDERA),
    (TRABAJO_OFRECIDO, VIAJE_PAGADO),
    (OFERTA_RIESGOSA, LEJOS),
    (SEXO, NECESIDAD, CAMBIO),
    (MAYOR, DA_A_CAMBIO),
    (IMAGENES, EXIGE),
    (IMAGENES, SUBIDAS),
    (TRABAJO_OFRECIDO, SECRETO),
    (MAYOR, VIVIR_CON_EL),
]
