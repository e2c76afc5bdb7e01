"""The crisis net in Spanish and Spanglish, by kind: how young people from Mexico, Central
America, the Caribbean and the barrio say it (no accents, "q", "x", "pa", "wey", "neta"),
and the everyday Spanish that shares its words and must stay ordinary.

These sentences are the team's own; tests/field/es measures the rest.
"""

import pytest

from talk.crisis import crisis_in

CRISIS = {
    "suicidal, straight": [
        "neta ya me quiero matar",
        "me kiero morir wey",
        "tengo ganas de morirme",
        "ando pensando en quitarme la vida",
        "hoy me voy a suicidar",
        "me dan ganas de colgarme",
        "quisiera pegarme un tiro",
        "a veces pienso en tirarme al metro",
        "he pensado en matarme muchas veces",
    ],
    "suicidal, sideways": [
        "ya no aguanto mas",
        "no aguanto mas, la neta",
        "ya me canse de vivir",
        "ya me canse de todo wey",
        "para que sigo si todo sale mal",
        "pa q sigo viviendo",
        "quisiera dormirme y no despertar nunca",
        "mejor me desaparezco y ya",
        "ojala no existiera",
        "ojala nunca hubiera nacido",
        "nadie me va a extranar",
        "a nadie le importaria si me muero",
        "estoy pensando en hacer una tonteria",
        "me quiero ir para siempre",
        "ya tengo todo planeado",
        "les escribo para despedirme",
        "perdonenme por todo",
        "cuiden a mi hermanito x mi",
        "mi vida no vale nada, no tiene sentido seguir",
        "seria mejor para todos si ya no estoy",
        "ya me voy a ir de este mundo",
    ],
    "self-harm": [
        "me volvi a cortar anoche",
        "me estoy cortando los brazos",
        "me corto las piernas cuando me siento mal",
        "me quiero cortar las venas",
        "me quemo con el encendedor pa sentir algo",
        "me pego a mi misma cuando me enojo",
    ],
    "a friend, a sister, a daughter": [
        "mi amiga se quiere matar, q hago",
        "mi hermana dice que se va a aventar del puente",
        "mi hija se esta cortando",
        "mi morra se tomo todas las pastillas de su jefa",
        "mi amigo ya no quiere vivir",
        "a mi hermana la esta golpeando su novio",
        "a mi prima la venden por internet",
        "su novio la pone a trabajar en la calle",
    ],
    "danger now": [
        "el vato me esta esperando afuera",
        "mi ex esta afuera de mi casa y tengo miedo",
        "ya viene para aca y viene bien enojado",
        "me encerro en el cuarto y no me deja salir",
        "me dejo encerrada con llave",
        "me pego otra vez",
        "me dio una cachetada enfrente de todos",
        "anoche me agarro del cuello",
        "me estaba ahorcando",
        "trae una pistola",
        "mi padrastro tiene un cuchillo y esta gritando",
        "anda armado y me esta buscando",
        "me quiere matar",
        "tengo miedo de que me mate",
        "ya me encontro, que hago",
        "mi apa le esta pegando a mi jefa",
        "dice que si hablo con la policia me mata",
        "me avento contra la pared",
        "mi padrastro se mete a mi cuarto en la noche",
        "me da miedo regresar a mi casa hoy",
        "me subieron a una camioneta y no se donde estoy",
    ],
    "forced, sold, controlled": [
        "me pone a trabajar en la calle",
        "me manda con senores",
        "me lleva con clientes al motel",
        "tengo que darle todo el dinero",
        "se queda con toda la lana que gano",
        "el cobra por mi",
        "me vende por internet",
        "me sube anuncios en paginas",
        "me tiene trabajando y no me paga",
        "el patron no nos paga y no nos deja salir",
        "mi daddy me pone a hacer dates",
        "si no junto la cuota me pega",
    ],
    "papers, debt, photos": [
        "me quito el pasaporte",
        "se quedo con mis papeles",
        "no me quiere regresar mi id",
        "la senora del cuarto tiene mi acta y no me la da",
        "dice que le debo el viaje",
        "tengo que pagar el pasaje trabajando pa el",
        "si no le pago me va a hacer algo",
        "si no le pago le habla a la migra",
        "me amenaza con mandar mis fotos a mi jefa",
        "dice que va a subir mi pack si no le mando mas",
        "me esta chantajeando con unos videos",
    ],
    "recruited, traded, moved": [
        "me ofrecieron trabajo de mesera en otra ciudad y me pagan el boleto",
        "una senora me ofrecio chamba de ninera en houston y me compra el boleto",
        "un senor de insta me dijo q me consigue trabajo de modelo en vegas",
        "me prometieron trabajo de modelo en otro estado",
        "me da donde dormir si me acuesto con el",
        "me deja quedarme en su casa a cambio de sexo",
        "tengo que acostarme con el pa que me de de comer",
        "me mueven de hotel en hotel",
        "cada semana me llevan a otra ciudad",
        "ando con un senor de 40 y me da lana pero me pide fotos",
    ],
}

ORDINARY = [
    "me pegaron la gripa en la escuela",
    "nos golpearon feo en el partido de futbol",
    "necesito un cuchillo para cocinar en el albergue",
    "mi abuelita esta en el cielo y la extrano",
    "mi hermano no despierta para la escuela",
    "me voy a tirar a la alberca",
    "el jefe tiene mi id de la escuela",
    "hago lo que ella quiera, es mi mama",
    # Hyperbole and negation.
    "me muero de hambre, donde hay comida gratis",
    "me muero de risa contigo jaja",
    "me muero de sueno",
    "me quiero morir de la verguenza jaja",
    "esta clase me mata",
    "la tarea de mate me esta matando",
    "mi jefa me va a matar si ve mis calificaciones",
    "mi novio no me pega, solo quiero saber de relaciones sanas",
    "me corte el pelo y me quedo feo",
    "mi hermana se quiere cortar el pelo",
    "quiero cortar con mi novio",
    "no aguanto mas el calor en este cuarto",
    "ya me canse de la escuela",
    "estoy muerta de cansancio",
    # Quitting, leaving, slang.
    "quiero dejar de fumar",
    "quiero dejar de tomar",
    "quiero salir de mi casa hogar",
    "quiero salir de la vida loca y ponerme a estudiar",
    "buscamos talleres sobre trata de personas pa la escuela",
    "me quiero ir a vivir con mi tia",
    "me late mucho dibujar",
    "estamos cotorreando nomas",
    "me cae mal el vato de mi clase",
    "se me murio el celular",
    # Everyday needs.
    "necesito comida pa mis hermanitos",
    "donde hay un albergue para chavas",
    "vivo en el este de los angeles",
    "necesito un doctor, me duele la panza",
    "me duele la muela, hay dentista gratis?",
    "quiero terminar la prepa",
    "busco chamba de medio tiempo",
    "me ofrecieron trabajo de cajera en el walmart de aqui",
    "tengo cita con mi oficial de probation el lunes",
    "no tengo donde dormir esta noche",
    "me corrieron de la casa, donde me puedo quedar",
    "tengo que pagar la renta y no tengo feria",
    "necesito lana pa el camion a la escuela",
    "la neta necesito un jale pa ayudarle a mi jefa",
    "mi apa trabaja en la construccion y necesitamos ayuda con la renta",
    "mi bebe necesita leche y panales",
    "ahorita ando en la biblioteca haciendo la tarea",
    "mi morra y yo buscamos un lugar pa vivir",
    "quiero info sobre el dream act",
    "donde puedo conseguir ropa pa el frio",
    "quiero volver a la escuela",
    "ya tengo todo planeado pa la fiesta de mi hermana",
    "la maestra me va a matar si no entrego la tarea jaja",
    "el examen de mate me va a matar",
    "ya no puedo mas con el trabajo, quiero buscar otro",
    "en la casa hogar no me dejan salir despues de las 9",
    # Look-alikes a second reader found.
    "mi cel no reacciona",
    "mi mamá me hace comer brócoli a la fuerza",
    "me dio en la cara con el balón jugando",
    "me pegaron los piojos en la escuela",
    "me pegó la gripa",
    "me voy a tirar a dormir un rato",
    "me voy a aventar el examen mañana",
    "me rasqué hasta sangrar por los piquetes de mosquito",
    "estoy escondida jugando a las escondidas",
    "no nos dejan ir al baño en clase",
    "voy al track a correr",
    "vimos videos y los días pasaron bien rápido",
    "me tomé unas pastillas para el dolor de cabeza",
    "me corto en la cocina cuando pico cebolla",
    "estoy cansada de vivir con mi tía, quiero mi propio cuarto",
    # Kinds es4 showed (fifth session), in other words: a parent who "has" things, a phone
    # kept at work, fake goods, mass, a school project, a gym fee, a cousin's loan, a prank,
    # a soap opera, a strict dad, chores.
    "mi papa tiene una troca roja",
    "mi mamá me quitó el cel por reprobar",
    "el supervisor me quita el cel en el trabajo y me lo devuelve a la salida",
    "me vendieron una chamarra pirata",
    "mi abuela me obliga a ir a la iglesia",
    "mi novia me pone a trabajar en su tarea jajaja",
    "la cuota del equipo es de 30",
    "le debo a mi amiga 10 del cine",
    "mi prima me encerró en el closet de broma",
    "en la serie la mamá se tomó unas pastillas",
    "no puedo salir porque estoy castigada",
    "mi papá me va a matar si no lavo el carro",
]

# Said sideways, in kinds the words first missed: something drunk, the nightly sum, the letter
# already written, leaving "the dates".
MORE_CRISIS = [
    # Kinds es4 showed, in other words.
    "ojalá que me atropelle un carro",
    "estoy parada en el puente",
    "ya no soporto que me pegue",
    "tiene orden de restricción y no la respeta",
    "nos hacen trabajar en el rancho sin pagarnos",
    "si no le llevo 300 cada noche se enoja",
    "dice que tengo que pagar una cuota de salida",
    "me presta con sus amigos",
    "mi novio tiene mis papeles",
    "pa que sigo viva",
    "me hago daño cuando estoy sola",
    "me jala del pelo cuando se enoja",
    "están pateando la puerta",
    "me pusieron algo en el vaso",
    "me dijo que se lo pagara con mi cuerpo",
    "el entrenador me manda mensajes raros y me regaló unos tenis",
    # The same words where they do mean danger (after the look-alikes above were fixed).
    "mi hermano no reacciona",
    "me llevaron a la fuerza",
    "me dio en la cara con el cinturón",
    "me pegaron entre tres",
    "me voy a tirar del puente",
    "me corto hasta sangrar",
    "estoy escondida en el baño, él está afuera",
    "no me deja salir del cuarto",
    "me tiene en el track toda la noche",
    "subieron mis fotos y quieren dinero",
    "me tomé todas mis pastillas",
    "estoy cansada de vivir",
    "me acabo de beber unas pastillas de mi tia",
    "bebi cloro y me siento mal",
    "tengo que traer 500 cada noche o me pega",
    "ya deje mi carta en la mesa",
    "quiero dejar las citas pero el no me deja",
    # Fourth session: beaten, a weapon looking for someone, "they won't let us go", heaven,
    # pictures put online.
    "a mi prima la golpearon y esta sangrando",
    "un vato con pistola nos anda buscando",
    "el patron no nos deja irnos de la casa",
    "ya me quiero ir al cielo con mi mama",
    "mi ex subio mis videos a un grupo y tengo 15",
    "ojala no despierte mañana",
    "me tome 30 pastillas de mi abuela",
    "estoy en la azotea y me voy a aventar",
    "me viene siguiendo un carro desde la parada",
    "dice que si me voy le habla a la migra",
    "mi novio me pone a trabajar en fiestas",
    "el patron tiene mis papeles y dice q le debo",
]


@pytest.mark.parametrize(
    "message", [m for group in CRISIS.values() for m in group], ids=lambda m: m[:40]
)
def test_every_kind_of_spanish_crisis_is_caught(message):
    assert crisis_in(message)


@pytest.mark.parametrize("message", ORDINARY, ids=lambda m: m[:40])
def test_ordinary_spanish_that_shares_its_words_is_not_a_crisis(message):
    assert not crisis_in(message)


def test_there_are_enough_examples_of_each():
    assert sum(len(group) for group in CRISIS.values()) >= 80
    assert len(ORDINARY) >= 40


@pytest.mark.parametrize("message", MORE_CRISIS)
def test_more_spanish_crisis_said_sideways_is_caught(message):
    assert crisis_in(message)
