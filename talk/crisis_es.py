"""Spanish (and Spanglish) crisis patterns, read with talk.crisis's English ones.

Written against ``talk.reading.fold`` text: lower case, without accents ("mas", "aqui").
"""

from __future__ import annotations

YO = r"(?:me|mi|a mi)"
EL = (
    r"(?:el|ella|ellos|alguien|un senor|un tipo|el man|mi (?:novio|bf|papi|viejo|jefe|padrastro|"
    r"tio|tia|papa|mama|madrastra|hermano|primo|prima|ex|esposo|daddy|vecino)|mi boyfriend)"
)

PATTERNS = [
    # Morir, desaparecer, quitarse la vida, hacerse dano.
    r"\b(?:me quiero|quiero|quisiera|me voy a|voy a|me gustaria|ganas de) "
    r"(?:morir(?! de (?:la )?risa| de hambre| de sueno| de verguenza| de ganas)|morirme|matar|matarme|suicidar|suicidarme|desaparecer|dormir para siempre|"
    r"cortar|cortarme|quitar la vida|quitarme la vida|hacerme dano|lastimarme|ahorcar|"
    r"ahorcarme|tirarme|aventarme|dejar de existir|acabar con todo|acabar con mi vida)",
    r"\bya no (?:quiero|aguanto|puedo) (?:vivir|seguir(?! con esto| con el chat| hablando| aqui)|mas con esto|estar aqui|existir|mas)\b",
    r"\bno quiero (?:vivir|seguir viviendo|estar viva|estar vivo|despertar|existir)\b",
    r"\b(?:seria|estarian|estaria) mejor (?:si no estuviera|si me muero|sin mi|muerta|muerto)",
    r"\bnadie (?:me )?(?:extranaria|va a extranar|notaria|le importaria|me va a extranar)",
    r"\bsuicid\w*|\bquitarme la vida\b|\bme corto\b|\bme estoy cortando\b|\bcortarme\b",
    r"\b(?:me tome|tome|me voy a tomar) (?:todas las|un monton de|muchas) (?:pastillas|pildoras)",
    r"\b(?:carta|mensaje) de despedida\b|\beste es mi ultimo mensaje\b|\bme despido\b",
    r"\b(?:acabar|terminar) con (?:todo|mi vida|esto de una vez)\b",
    r"\b(?:quiero|quisiera) que todo (?:se acabe|termine|acabe)\b|\bque todo se acabe\b",
    r"\bsoy una carga\b|\bmejor muert[ao]\b|\bojala (?:no despierte|me muera|estuviera muert)",
    # Peligro ahora.
    rf"\b{EL} (?:esta|estan|anda|viene) (?:afuera|aqui|en la puerta|buscandome|siguiendome|"
    r"en camino|por llegar)",
    r"\b(?:me esta|me estan|me) (?:pegando|golpeando|ahorcando|lastimando|amenazando|violando|"
    r"siguiendo|persiguiendo)\b",
    r"(?<!no )\b(?:me pega|me golpea|me golpeo|me pego|me ahorco|me violo|me violaron|me abuso|"
    r"abusaron de mi|me ataco)\b",
    r"\b(?:me encerro|me encerraron|estoy encerrad[ao]|me tiene encerrad[ao]|atrapad[ao])\b",
    r"\bno me (?:deja|dejan) (?:salir|irme|ir|comer|dormir|hablar|ver)\b",
    r"\b(?:tiene|trae) (?:una )?(?:pistola|arma|cuchillo|navaja)\b",
    r"\b(?:me va a|me van a|dijo que me iba a|amenazo con) (?:matar|pegar|golpear|lastimar|"
    r"hacer dano|encontrar)",
    r"\bestoy en peligro\b|\bno estoy a salvo\b|\bno me siento segur[ao]\b|\bauxilio\b|"
    r"\bsocorro\b|\bayuda ya\b|\bes una emergencia\b|\bestoy sangrando\b",
    # Obligada, vendida, controlada.
    rf"\b{EL} (?:me )?(?:vende|vendio|venden|prostituye|prostituyen|pone a trabajar|"
    r"pone a chambear|obliga|obligan|quito|quitaron|tiene) ",
    r"\b(?:me venden|me vendio|me vendieron|me prostituyen|me prostituye|me obligan|me obliga|"
    r"me obligo|me obligaron|me forzo|me forzaron|me fuerza|me explota|me explotan)\b",
    r"\bme (?:pone|ponen|puso) a (?:trabajar|chambear|vender|salir con|ver hombres|hacer citas)",
    r"\b(?:la cuota|cumplir (?:la|mi) cuota|tengo que juntar|tengo que traer)\b",
    r"\bme (?:quito|quitaron|tiene|tienen|esconde|escondio) (?:mis |los |el |mi )?"
    r"(?:papeles|documentos|identificacion|id|celular|telefono|pasaporte|dinero|acta)\b",
    r"\ble debo\b|\bles debo\b|\bdice que le debo\b|\btengo que pagarle\b|\bpagar el viaje\b",
    r"\b(?:publicar|subir|mandar|ensenar|compartir) (?:mis|las) (?:fotos|videos|nudes)\b",
    r"(?<!sobre )(?<!de la )\b(?:trata de personas|trafico de personas|tratante|padrote|lenon|proxeneta)\b",
    r"\b(?:la vida(?! loca)|el juego|esa vida|esta vida)\b.*\b(?:salir|dejar|escapar|me obliga|cuota|"
    r"padrote|mi papi)\b|\bsalir de (?:la vida|esta vida|esa vida|el juego)\b",
    r"\bsexo (?:por|para tener|a cambio de) (?:un lugar|comida|dinero|donde dormir|drogas|cuarto)",
    r"\b(?:un senor|un hombre|un tipo) (?:mayor|grande)?.*\b(?:trabajo|modelar|modelo|bailar|"
    r"viaje|viajar|otra ciudad|regalos)\b.*\b(?:ofrec\w*|prometi\w*|invit\w*|quiere)\b",
    # Said sideways: cuts and blood, a method at hand, pills taken, sleeping for good.
    r"\bme (?:corte|cortaba|volvi a cortar|estoy cortando|lastime|queme)\b|\bse (?:corta|esta "
    r"cortando|corto)\b|\blo (?:que|q) me hice\b",
    r"\b(?:sangre|sangrando)\b.{0,30}\b(?:no para|mucha|no deja|no se detiene|no se para)\b|"
    r"\bno para de (?:salir )?sangr",
    r"\b(?:pastillas|pildoras|navaja|cuchillo|cuerda|soga|pistola|veneno|cloro)\b.{0,40}"
    r"\b(?:en la mano|en mis manos|aqui conmigo|enfrente de mi|al lado|junto a mi|en mi mano)\b",
    r"\b(?:me tome|tome|me trague|me acabo de tomar|me voy a tomar)\b(?: \w+){0,6} "
    r"(?:pastillas|pildoras|medicinas|medicamentos|cloro|veneno)\b",
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
    r"\bse (?:quiere|quiera|va a|queria) (?:morir|matar|suicidar|cortar|quitar la vida|"
    r"desaparecer)\b",
    # Danger now: outside, coming, knocking, locked in, followed, found, threatened.
    r"\b(?:esta|estan) (?:afuera|aqui afuera|en la puerta|abajo)\b.{0,40}\b(?:miedo|buscando|"
    r"casa|carro)\b|\besta afuera de mi (?:casa|cuarto|escuela|trabajo|puerta)\b|\b(?:me esta|"
    r"me estan|anda|andan) buscando\b",
    r"\b(?:viene|vienen) (?:pa ca|para aca|pa aca|para aqui|en camino|por mi)\b|\b(?:viene|esta|"
    r"llego)\b.{0,30}\b(?:borracho|enojado|drogado|armado|bien pedo)\b|\by ya viene\b",
    r"\b(?:tocando|golpeando|pateando|aporreando) (?:la|mi) (?:puerta|ventana)\b",
    r"\bno (?:puedo|podemos) salir\b|\bse llevo (?:la llave|las llaves|mi celular|mis papeles|"
    r"mi telefono)\b",
    r"\bme (?:siguieron|siguio|persigue|persiguen|persiguieron)\b",
    r"\b(?:ya )?sabe(?:n)? donde (?:estoy|vivo|duermo|me quedo|trabajo|estudio|ando)\b",
    r"\bme (?:amenazo|amenaza|amenazan|amenazaron)\b|\b(?:le|les) (?:hace|va a hacer|hara) "
    r"algo a mi\b",
    r"\bme (?:busca|va a buscar|encuentra|va a encontrar|encontro)\b.{0,25}\b(?:mata|matar|"
    r"pega|hace algo)\b|\bme (?:mata|va a buscar|van a buscar)\b",
    r"\b(?:migra|inmigracion|deportar|deporten|deportan)\b.{0,60}\b(?:si no|me agarra|le habla|"
    r"les habla|me va a|amenaz|me dicen|dice)\b|\bsi (?:voy|hablo|le digo|les digo|llamo) "
    r"(?:a la policia|con la policia|a la migra|a alguien)\b",
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
    r"amigos)\b|\b(?:me da|me dan|me dio) (?:donde dormir|donde quedarme|un lugar|comida|techo)"
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
]

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
ALL_OF = [(RECLUTADOR, OFERTA, BANDERA)]
