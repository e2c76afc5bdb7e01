"""Words young people use for what they need, mapped to the twelve need ids (CONVERSATION.md).

The NLU model tags needs too; this table reads every message whatever the model did, in
English and Spanish, typed fast. Phrases are matched on folded text (lower case, no accents,
no apostrophes, texting spellings read as words), longest first: the words a longer phrase
used are not read again, so "somewhere safe to stay" is a place to stay, not staying safe.

Some words are needs only when the person is answering "what do you need?" ("safe", "talk",
"money", "work"): written with a leading "~", they count only then, or after a word of asking
("i need …", "help with …", "looking for …").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from resources.facets import NEEDS
from talk.reading import fold

NEED_WORDS: dict[str, tuple[str, ...]] = {
    "safety": (
        "leave the track", "leaving the track", "out the game", "older man", "older guy", "grown men", "grown man", "gifts from",
        "leave him", "leave my boyfriend", "leave my bf", "leave my man", "leave a gang",
        "leave the gang", "get out of the gang", "looking for me", "find me", "finding me",
        "finding out", "without him knowing", "without her knowing", "without them knowing",
        "tracking my phone", "tracking me", "get off the blade", "get off the track",
        "exit the life", "leave the life", "get out of the life", "out of the life",
        "quit the game", "leave the game", "harass*", "keeps texting me", "new accounts",
        "posting about me", "threaten*", "find me anywhere", "gets mad", "breaks stuff",
        "place to hide", "somewhere to hide", "hide tonight", "get away", "got away",
        "walking home", "safer", "delete my pics", "my pics", "~danger",
        "safety plan*", "stay safe", "staying safe", "keep me safe", "keep myself safe",
        "be safe", "feel safe", "protect* myself", "protection", "protect* me", "get away from",
        "getting away from", "escape from", "hide from", "hiding from", "restraining order",
        "protective order", "stalk*", "keeps showing up", "wont leave me alone", "block him",
        "block someone", "self defense", "~safe", "~safety", "~protect*", "~escape",
        "seguridad", "plan de seguridad", "estar segura", "estar seguro", "sentirme segura",
        "sentirme seguro", "proteccion", "protegerme", "alejarme de", "escaparme de",
        "orden de restriccion", "~segura", "~seguro",
        "que me deje en paz", "me deje en paz", "me esta buscando", "me anda buscando", "me sigue",
        "me acosa", "acoso", "me rastrea", "rastrea mi celular", "esconderme", "donde esconderme",
        "a salvo", "estar a salvo", "sentirme a salvo", "no me siento segura",
        "no me siento seguro", "dejar esa vida", "salir de esa vida", "salirme de esa vida",
        "salirme del ambiente", "borrar mis fotos", "dejar a mi novio", "alejarme de el",
        "~peligro",
        "track me", "can track", "trace me", "location on my phone", "quit a gang",
        "quit the gang", "out of a gang", "out of the gang", "out of the game", "wants out",
        "shows up at", "show up at", "in the life", "advocate", "defensora",
        "no para de llamarme", "no deja de llamarme", "me llama de otros numeros",
        "me escribe de otros numeros", "lo bloquee", "la bloquee", "me da miedo", "me protejo",
        "cuidarme de", "salir de la ganga", "salirme de la ganga", "salir de la pandilla",
        "salirme de la pandilla", "la ganga", "la pandilla",
        # Seen again, kept watching, a number to change so he cannot find me; a clique to leave.
        "sigue llegando a", "sigue yendo a", "llega a mi trabajo", "llega a mi escuela",
        "no deja de verme", "me vuelve a buscar", "vuelve a buscarme", "no me encuentre",
        "no me encuentren", "cambiar mi numero", "change my number", "cant find me",
        "wont find me", "salir de la clica", "salirme de la clica",
        "sin que me hagan algo", "cosas raras", "me escribia cosas", "weird messages",
        "old pics", "my old pics", "pics off", "google my name", "wont say where", "safely",
        "safe house", "some guys house", "some guys place", "dming him", "dming her", "keep dming",
        "safe going home", "safe to go home", "segura de regresar", "seguro de regresar",
        "llegando a mi escuela", "llegando a mi trabajo", "shows up at my school",
        "shows up at my job", "shows up at my work",
        "borro mi historial", "borrar mi historial", "mi historial", "delete my history", "la clika",
        "la clica", "sin que me hagan nada", "se ponga agresivo", "si me encuentra", "fue abusada",
        "fue abusado",
        "grabs me", "grabbed me", "throws stuff at me", "throws things at me", "jumped me",
        "waiting for me", "parked outside", "done with the life", "done w the life",
        "keeps staring at me", "keeps watching me", "followed me home", "followed me to",
    ),
    "housing": (
        "sleeping in the park", "sleeping at the", "sleeping in the", "sleep in the park",
        "ran away", "run away", "running away", "runaway", "staying with", "lease", "landlord",
        "sober living", "place to hide", "somewhere to hide", "nowhere to live",
        "somewhere safe to stay", "somewhere safe to sleep", "somewhere safe to live",
        "somewhere safe to go", "safe place to stay", "safe place to sleep", "safe place to live",
        "a safe place", "safe house", "safe space to sleep", "place to stay", "place to sleep",
        "place to live", "place to crash", "somewhere to stay", "somewhere to sleep",
        "somewhere to live", "somewhere to go", "somewhere to crash", "where to sleep",
        "where to stay", "where can i sleep", "where can i stay", "where do i sleep",
        "a bed", "bed tonight", "beds", "shelter*", "sheltr", "shleter", "housing", "homeless",
        "kicked out", "kicked me out", "kick me out", "kicking me out", "threw me out", "put me out",
        "on the street*", "sleeping outside", "sleep outside", "sleeping in my car",
        "sleep in my car", "couch surf*", "a roof", "apartment", "rent", "an apartment",
        "transitional living", "group home", "youth home", "foster home", "cant go home",
        "nowhere to go", "nowhere to sleep", "nowhere to stay", "no place to stay", "crash at",
        "evicted", "eviction", "motel", "~room", "~house", "~sleep", "~stay", "~home",
        "~crash", "~bed",
        "lugar para quedarme", "lugar para dormir", "donde dormir", "donde quedarme",
        "donde vivir", "un techo", "refugio", "albergue", "vivienda", "casa hogar",
        "me corrieron", "me echaron", "me sacaron de la casa", "sin casa", "en la calle",
        "dormir en la calle", "un cuarto", "~casa", "~dormir", "~quedarme",
        "pasar la noche", "me fui de mi casa", "me escape de mi casa", "me sali de mi casa",
        "no tengo casa", "no tengo donde", "no tengo a donde ir", "no tengo adonde ir",
        "duermo en la calle", "dormir afuera", "duermo afuera", "duermo en mi carro",
        "dormir en mi carro", "un lugar seguro", "lugar seguro", "una cama", "donde vivir",
        "departamento", "apartamento", "renta", "rentar", "me quede sin casa",
        "age out", "aging out", "aged out", "cheap room", "a room for", "need a place",
        "leave home", "leaving home", "move out", "moving out", "kicked him out",
        "kicked her out", "kicked them out", "donde quedarse", "un lugar donde",
        "un lugar para", "irme de la casa", "salirme de la casa", "albergue", "refugio",
        "me quede en la calle", "casa de acogida", "~cama", "~techo", "~hogar",
        # Leaving a home one cannot stay in, aging out, sleeping in a car, a bed said "pa".
        "salir de la casa de", "salirme de la casa de", "salirme de su casa", "me salgo de su casa",
        "salgo de juvenil", "salir de juvenil", "salgo de foster", "me salgo de foster",
        "salgo del foster", "aging out of foster",
        "no quiero regresar con", "dont want to go back to", "kickearon", "me kickearon",
        "durmiendo en el carro", "duermo en el carro", "dormir en el carro", "dormimos en el carro",
        "sleeping in the car", "sleep in the car", "lugar pa quedarme", "lugar pa dormir",
        "pa quedarme", "pa dormir", "donde quedarnos", "~un lugar",
        "safe going home", "safe to go home", "segura de regresar", "seguro de regresar",
        "regresar a la casa hoy", "nowhere else", "no where else", "this guys place", "his place",
        "live with him", "vivo en su casa", "vivimos en su casa", "ir de la casa", "irme de su casa",
        "leave the streets", "off the streets", "my own spot", "a spot", "start fresh",
        "anywhere i can crash", "anywhere to crash", "anywhere i can stay", "anywhere to stay",
        "find me somewhere", "sign a lease", "~a place",
        "lets me crash", "let me crash", "and a place", "n a place", "a place to go",
        "anywhere to go", "somewhere else to go", "my own place", "own place",
        "no quiero volver a la casa", "no tengo otro lado", "a donde ir", "a donde me voy",
        "me deje quedar", "me dejo quedarme", "quedandome en casas", "vivo con amigos",
        "un lugar pa vivir", "lugar para vivir", "me sacaron de foster", "salgo del sistema",
        "me salgo del sistema", "correr de la casa", "me quiere correr", "me quieren correr",
    ),
    "emotional_support": (
        "its a lot", "shut down", "shutting down",
        "feeling down", "feelin down", "feel down", "down lately", "so alone", "feel alone",
        "how to feel", "cant stop thinking", "keep thinking about", "shaking", "cutting",
        "self harm", "hurt myself", "hurting myself", "nobody listens", "no one listens", "gay",
        "lesbian", "bisexual", "trans", "queer", "lgbt*", "coming out", "sum1 to talk",
        "talk to", "a group for", "support for", "no one to talk",
        "someone to talk to", "somebody to talk to", "talk to someone", "talk to somebody",
        "someone to listen", "need to vent", "counsel*", "councel*", "therap*", "mental health",
        "depress*", "anxiety", "anxious", "panic attack*", "lonely", "alone all the time",
        "nightmares", "trauma", "ptsd", "grief", "griev*", "not okay", "not ok", "cant stop crying",
        "keep crying", "stress*", "overwhelmed", "feel like crap", "feel empty", "mentor*",
        "support group", "emotional support", "my feelings", "get over it", "cope", "coping",
        "angry all the time", "anger", "~talk", "~support", "~sad", "~vent", "~feelings",
        "hablar con alguien", "alguien con quien hablar", "terapia", "terapeuta", "consejer*",
        "psicolog*", "triste", "deprimid*", "ansiedad", "me siento sola", "me siento solo",
        "no puedo parar de llorar", "me corte", "me corto", "me cortaba", "cortarme",
        "me estoy cortando",
        "salud mental", "desahogarme", "~hablar",
        "me siento mal", "me siento muy mal", "nadie me escucha", "no tengo con quien hablar",
        "necesito hablar", "platicar con alguien", "alguien que me escuche", "apoyo emocional",
        "estoy triste", "tristeza", "soledad", "estoy sola", "estoy solo", "pesadillas",
        "trauma", "lloro mucho", "lloro todo el tiempo", "no paro de llorar", "estres*",
        "nervios", "ataques de panico", "lesbiana", "salir del closet", "grupo de apoyo",
        "~platicar", "~apoyo",
        "stop thinking about", "group for", "went thru", "went through", "break up",
        "broke up", "breakup", "end things with", "bullying", "bullied", "me hacen bullying",
        "bien sola", "muy sola", "bien solo", "muy solo", "se murio", "fallecio", "duelo",
        "como sentirme", "cansada de todo", "cansado de todo", "se corta", "se esta cortando",
        # What he did, stuck in the head; not knowing what to do with one's life; sad in Spanglish.
        "dejar de pensar en", "lo que me hizo", "what he did to me", "que hacer con mi vida",
        "what to do with my life", "bien sad", "me siento sad", "muy sad", "extrano a mi familia",
        "miss my family", "agredida", "agredido", "agresion sexual", "sexually assaulted",
        "ya no se que hacer",
        "ended her life", "ended his life", "took her own life", "took his own life", "killed herself",
        "no puedo dejar de llorar", "no puedo parar de pensar", "no duermo", "para olvidar",
        "pa olvidar", "no tengo a nadie", "pa no recaer", "para no recaer", "ayuda pa mi",
        "losing everyone", "kids whose parents", "hijos de padres",
        "killed himself", "passed away", "died last year", "lost my best friend",
    ),
    "health": (
        "bleeding", "blood everywhere", "swollen", "cant see out", "stitches", "concussion", "broken nose", "broken arm", "cant sleep", "bruised",
        "bleeding", "bleed*", "choked", "passed out", "cant stand up", "cant breathe",
        "infected", "inhaler", "pediatrician", "prenatal", "overdos*", "narcan", "heart is",
        "my neck", "hurts", "cant swallow", "broke my", "looked at", "injured", "wound",
        "medi cal card", "medical card",
        "health", "healthcare", "health care", "doctor", "docter", "dentist", "dental",
        "tooth", "clinic", "medical", "hospital", "sick", "pregnan*", "pregant", "pregnent",
        "pregnancy test", "abortion", "plan b", "morning after", "birth control", "condoms",
        "std", "sti", "stds", "stis", "hiv", "tested", "get tested", "check up", "checkup",
        "nurse", "medicine", "meds", "prescription", "medi cal", "medical", "medicaid",
        "insurance", "injur*", "hurt my", "broken", "infection", "rash", "pain", "period",
        "eye doctor", "glasses", "vaccin*", "shots", "mouth looked at",
        "salud", "medico", "doctora", "clinica", "hospital", "embarazad*", "prueba de embarazo",
        "enferm*", "medicina", "medicamento*", "dentista", "pastillas anticonceptivas",
        "anticonceptiv*", "aseguranza", "seguro medico",
        "me duele", "dolor", "sangrando", "herida", "lastimada", "lastimado", "hacerme la prueba",
        "prueba de vih", "vih", "condones", "pastilla del dia siguiente", "aborto",
        "ginecolog*", "medi-cal", "fiebre", "vacuna*", "lentes", "doctor", "un doctor",
        "dont remember how i got", "got drugged", "roofied", "spiked my", "me drogaron",
        "ets", "prueba de ets", "mis medicinas", "medicina*",
        # A piercing gone bad, a tattoo (a branding) to take off.
        "piercing", "infecto", "infectado", "infectada", "hinchado", "hinchada", "tatuaje",
        "quitarme el tatuaje", "tattoo removal", "remove a tattoo", "remove my tattoo",
        "cover up a tattoo", "cover up my tattoo",
        # Pills taken, blood that will not stop, withdrawal, panic, a baby on the way.
        "sleeping pills", "insulin", "insulina", "took like", "whole bunch of", "took a bunch",
        "me desmaye", "desmaye", "la prep", "get on prep", "prep pill*", "me arde", "ardor", "se tomo algo", "no despierta",
        "el dedo", "deje de comer", "dejo de comer",
        "me tome como", "pastillas de mi", "salir sangre", "feel like death", "panic attack*",
        "ataques de panico", "ribs", "cant breath", "baby comes", "baby is due", "due date",
        "drugged me", "they drugged", "tdap", "shot for school", "physical for school", "vaccine",
    ),
    "family": (
        "step mom", "stepmom", "step dad", "stepdad", "stepmother", "stepfather",
        "home is bad", "home is really bad", "reconnect", "adopted", "got out of prison",
        "my kids back", "my little one", "diapers", "~at home", "~home",
        "family", "~my mom", "~my mother", "~my dad", "~my father", "~my parents", "parent*",
        "my kid*", "my baby", "my babies", "my child", "my children", "my son", "my daughter",
        "my little one", "sibling*", "~my brother", "~my sister", "reunite", "go back home",
        "get back with my family", "see my family", "custody of my", "parenting", "diapers",
        "daycare", "childcare", "child care", "fight with my", "fighting with my",
        "dont accept me", "doesnt accept me",
        "familia", "mi mama", "mi papa", "mis papas", "mis padres", "mi bebe", "mi hijo",
        "mi hija", "mis hijos", "mi hermano", "mi hermana", "volver a casa", "guarderia",
        "ver a mi familia", "regresar con mi familia", "problemas en mi casa", "pelear con mi",
        "peleo con mi", "mi padrastro", "mi madrastra", "cuidar a mi bebe",
        "recuperar a mis hijos",
        "talk to my mom", "talk to my dad", "talk to my parents", "talk to my family",
        "tell my parents", "tell my mom", "tell my dad", "grandma", "grandpa", "raising me",
        "my babys dad", "baby daddy", "me trata mal", "me tratan mal", "mis hermanos",
        "mis hermanas", "tengo un bebe", "la deja sola", "lo deja solo", "mi abuela",
        "hablar con mi mama", "hablar con mis papas", "decirle a mis papas",
        # A family falling apart or locked up, said as the trouble itself.
        "splitting up", "divorc*", "se estan separando", "se van a divorciar", "locked up",
        "my parents are", "with my parents", "about my mom", "about my dad", "at home",
        "con mis papas", "mi mama esta", "mi papa esta",
        "talking to my dad", "talking to my mom", "talking to my parents", "split up in foster",
        "find my brother", "find my sister", "find my little", "new placement",
    ),
    "life_skills": (
        "first apartment", "rent my first",
        "food stamps", "benefits", "medi cal", "my medical", "learners permit", "permit",
        "get paid", "phone plan", "in my name", "ebt card",
        "life skills", "budget*", "cooking", "cook", "adulting", "bank account",
        "checking account", "open an account", "credit", "taxes", "my id", "an id",
        "state id", "id card", "birth certificate", "social security card", "ss card",
        "drivers license", "driver license", "license", "documents", "lease", "sign a lease",
        "pay bills", "bills", "manage money", "save money", "laundry", "~skills", "~id",
        "habilidades", "cuenta de banco", "cuenta bancaria", "identificacion", "acta de nacimiento",
        "licencia", "presupuesto", "cocinar", "pagar biles",
        "sacar mi id", "sacar mi identificacion", "mi acta", "seguro social", "abrir una cuenta",
        "pagar la renta", "pagar cuentas", "manejar dinero", "ahorrar", "licencia de manejar",
        "beneficios",
        "library card", "vivir sola", "vivir solo", "apply for an apartment",
        "independizar*", "pagar los biles", "manejar mi dinero", "usar el metro", "hacer citas yo sola",
        "my records", "foster care records", "my file", "my case file",
    ),
    "education": (
        "expelled", "suspended from school", "kicked out of school",
        "grade", "10th grade", "9th grade", "trade school",
        "school", "skool", "education", "ged", "diploma", "graduate", "graduation", "college",
        "community college", "tutor*", "classes", "class", "homework", "back to school",
        "finish school", "high school", "financial aid", "fafsa", "enroll", "credits",
        "scholarship*", "learn to read", "english classes",
        "escuela", "prepa", "preparatoria", "secundaria", "colegio", "universidad", "estudiar",
        "clases", "graduarme", "diploma", "tarea", "ingles",
        "terminar la escuela", "regresar a la escuela", "volver a la escuela", "clases de ingles",
        "aprender ingles", "la uni", "colegio comunitario", "tutoria", "beca*", "inscribirme",
        "dropped out", "drop out", "dropping out", "me sali de la escuela", "deje la escuela",
        "job corps",
    ),
    "job": (
        "who hires", "hires people", "hires ppl",
        "internship*", "trade school", "electrician", "welding", "trade", "get paid",
        "part time", "full time", "work experience",
        "job*", "employment", "employ*", "career", "hired", "hiring", "paycheck", "resume",
        "interview*", "internship", "apprentice*", "job training", "work permit", "make money",
        "job corps",
        "earn money", "legit money", "real job", "~work", "~money", "~income", "~training",
        "trabajo", "trabajar", "chamba", "chambear", "empleo", "jale", "dinero", "ganar dinero",
        "curriculum vitae", "mi curriculum", "hoja de vida", "entrevista",
        "conseguir trabajo", "un jale", "dinero legal", "solicitud de trabajo", "capacitacion",
        "aprendiz", "un oficio", "pasantia", "permiso de trabajo", "~chambita",
        "so broke", "im broke", "being broke", "always broke", "day labor", "need cash",
        "need work", "looking for work", "find work", "get work", "can i work",
        "work while", "estoy quebrada", "estoy quebrado", "busco chamba",
    ),
    "legal": (
        "catching a case", "catch a case", "get in trouble for", "in trouble for",
        "community service", "taken down", "take them down", "cps", "dcfs",
        "child protective", "in my name", "my kids back", "landlord", "lease", "sketchy landlord",
        "legal", "lawyer*", "lawer", "attorney*", "court", "judge", "charges", "charged",
        "arrested", "warrant", "ticket", "expunge*", "my record", "criminal record", "probation",
        "parole", "my po", "public defender", "immigration", "immigrant", "deport*", "visa",
        "green card", "daca", "asylum", "citizenship", "my rights", "know my rights",
        "restraining order", "custody", "sue", "case worker", "~case", "~record", "~rights",
        "~papers",
        "abogad*", "corte", "juez", "cargos", "arrest*", "inmigracion", "migra", "deportar*",
        "deportacion", "papeles", "probatoria", "libertad condicional", "mi caso", "mis derechos",
        "orden de restriccion",
        "ayuda legal", "mi audiencia", "audiencia", "oficial de probatoria", "mi oficial",
        "antecedentes", "record criminal", "borrar mi record", "me arrestaron",
        "orden de arresto", "asilo", "visa t", "visa u", "ciudadania", "residencia",
        "estatus migratorio", "sin papeles", "indocumentad*", "custodia",
        "felony", "felonies", "misdemeanor",
        "caught a case", "eviction notice", "servicio comunitario", "horas comunitarias",
        # Stopped by the police, a citation; pictures to be taken down.
        "citatorio", "citacion", "la chota", "la policia me", "me agarro la policia",
        "me pararon", "got a citation", "quiten mis fotos", "quitar mis fotos", "bajar mis fotos",
        "take down my pics", "take my pics down", "get my pics taken down",
        "protection from", "juvie", "juvenile hall", "detention", "emancipat*", "emancipar*",
        "mi po", "juvi", "recuperar a mis hijos", "sistema de foster",
        "exit foster care", "leave foster care",
        "legally", "custody of my", "undocumented", "no papers",
    ),
    "substance_use": (
        "drink every day", "drinking every day", "drunk every day", "drink every night",
        "na meeting*", "aa meeting*", "narcan", "sober living", "quit pills",
        "drug*", "alcohol", "drinking", "drunk", "sober", "sobriety", "rehab", "detox",
        "addict*", "weed", "vape", "vaping", "smoking", "cigarette*", "pills", "opioid*",
        "fentanyl", "fent", "meth", "crack", "heroin", "coke", "cocaine", "xanax", "using again",
        "relapse*", "get clean", "getting clean", "stay clean", "quit using", "quit drinking",
        "quit smoking", "quit vaping", "high all the time", "aa meeting", "na meeting",
        "substance",
        "drogas", "alcohol", "tomar", "tomando", "fumar", "fumando", "vapear", "mota",
        "cristal", "adiccion", "adicta", "adicto", "rehabilitacion", "dejar de tomar",
        "dejar las drogas",
        "dejar de fumar", "dejar la mota", "dejar el cristal", "pastillas", "fentanilo",
        "cocaina", "recaer", "recai", "centro de rehabilitacion", "desintoxica*", "borracha",
        "borracho", "alcoholica", "alcoholico", "narcoticos anonimos", "alcoholicos anonimos",
        "outpatient", "inpatient", "been using", "using since", "tomo mucho", "bebo mucho",
        "grupos de aa", "grupo de aa", "juntas de aa",
        "juul", "vapean", "vapeo", "vapes", "dab pen",
    ),
    "basic_needs": (
        "diapers", "charge my phone", "charge it", "phone is dying", "phone died",
        "food stamps", "during the day", "day center",
        "food", "hungry", "hungery", "starving", "eat", "meal*", "groceries", "food bank",
        "food stamps", "ebt", "snap card", "snap benefits", "~snap", "clothes", "cloths", "clothing", "shoes", "jacket", "coat",
        "shower", "toiletries", "hygiene", "pads", "tampons", "period products", "toothbrush",
        "deodorant", "soap", "formula", "basics", "basic needs", "phone charger", "charger",
        "a phone", "bus pass", "transportation", "laundry", "blanket*", "sleeping bag",
        "comida", "hambre", "comer", "ropa", "zapatos", "banarme", "ducha", "toallas",
        "toallitas", "pañales", "panales", "cobija*", "chamarra", "despensa",
        "algo de comer", "comida gratis", "banco de comida", "ropa limpia", "donde banarme",
        "productos de higiene", "toallas sanitarias", "cargador", "cargar mi celular",
        "pase de autobus", "transporte", "lavar mi ropa", "formula para bebe",
        "cupones de comida", "estampillas de comida",
        "cooling center", "free water", "agua gratis", "agua potable", "cargar mi cel", "cargar el cel",
        "donde cargar", "donde puedo cargar", "bateria", "banar", "regaderas",
        "school supplies", "backpack", "utiles escolares", "mochila",
        "desodorante", "shampoo", "champu", "higiene", "solo como cuando",
        # Not eaten for days; the lights cut off and no money for the bill.
        "no ha comido", "no he comido", "no hemos comido", "hasnt eaten", "havent eaten",
        "se acabo la luz", "nos cortaron la luz", "cortaron la luz", "pagar la luz", "pagar el agua",
        "lights got cut off", "lights cut off", "electric bill", "power got shut off",
    ),
    "prevention": (
        "safe online", "staying safe online", "stay safe online", "keep our chats secret", "chats secret",
        "trick me", "is real", "is it real", "is this real", "predators", "self defense",
        "my life my choice", "mlmc", "man up", "project prevent", "caase", "about trafficking",
        "about exploitation", "about grooming", "online safety", "respect and", "healthy relationship*",
        "what does the life mean", "how can i tell", "how do i know if", "protect my kids",
        "protect my students", "for 7th grade", "for kids", "for teens", "for our youth",
        "for my team", "our team", "youth group", "boys team", "girls group",
        "prevention", "prevent*", "workshop*", "curriculum", "training for students",
        "for my students", "for students", "for my class", "for our school", "for my school",
        "for my group", "for a group", "my girls group", "presentation", "assembly",
        "learn about", "learn how to stay safe", "learn to stay safe", "how to stay safe online",
        "learn how to keep myself safe", "learn how to protect myself", "aprender a cuidarme",
        "aprender a protegerme", "class on", "manipulat*", "csec training",
        "training for", "safe online", "gente en linea", "cuidarme en internet", "la trata",
        "explotacion sexual", "sobre explotacion", "es trampa", "una trampa", "es legit",
        "teach*", "awareness", "signs of", "how to spot", "warning signs",
        "grooming", "how predators", "stay safe online", "talk to kids about",
        "prevencion", "taller*", "para estudiantes", "para mis estudiantes", "para la escuela",
        "aprender sobre", "ensenar", "platica para",
        "como saber si", "como me doy cuenta", "senales de", "que es la trata", "sobre la trata",
        "sobre trata", "como enganchan", "prevenir", "presentacion para",
        "seguridad en internet",
        # Being reeled in; a talk for students about respect and exploitation.
        "enganchando", "me esta enganchando", "enganchar", "respeto a las mujeres",
        "explotacion", "respect women", "respecting women", "reeling me in",
        "learn more", "get trafficked", "gets trafficked", "what do i tell her", "what should i tell her",
        "what do i tell him", "what should i tell him", "leave a party", "offering her", "offering him",
        "respecting girls", "respect girls", "consent",
        "cuidarme en las redes", "en las redes", "muchachas en riesgo", "jovenes en riesgo",
        "chavas en riesgo", "programa pa la escuela", "programa para la escuela", "at risk youth",
        "at risk girls", "at risk kids",
        "dming him", "dming her", "keep dming",
    ),
}  # fmt: skip

# Words that turn the next ones into an ask ("i need a room", "help with money").
ASKING = (
    r"(?:i need|i needa|i want|i wanna|need|needs|want|looking for|look for|find me|find|"
    r"help with|help me with|help getting|help finding|get me|get|somewhere for|a place for|"
    r"necesito|necesita|necesitan|ocupa|quiero|busco|ayuda con|ocupo|me hace falta|me falta|necesitamos|buscando|"
    r"ayudame con|ayuda para|donde hay|donde puedo|hay algun|quisiera)"
)


@lru_cache(maxsize=1)
def _phrases() -> list[tuple[frozenset[str], re.Pattern[str], bool]]:
    """(needs, pattern, weak) for every phrase, longest first; a phrase may mean several."""
    grouped: dict[tuple[str, bool], set[str]] = {}
    for need, phrases in NEED_WORDS.items():
        for phrase in phrases:
            grouped.setdefault((phrase.lstrip("~"), phrase.startswith("~")), set()).add(need)
    found = []
    for (words, weak), meant in grouped.items():
        # The last word may be plural: "albergues", "food banks", "medicinas".
        plural = r"(?:s|es)?" if words[-1:].isalpha() else ""
        body = re.escape(words[:-1]) + r"\w*" if words.endswith("*") else re.escape(words) + plural
        found.append((len(words), frozenset(meant), re.compile(rf"\b{body}\b"), weak))
    found.sort(key=lambda item: -item[0])
    return [(meant, pattern, weak) for _, meant, pattern, weak in found]


def is_asking(text: str | None) -> bool:
    """True when a message asks for something ("i need …", "busco …", "help with …")."""
    return bool(text) and bool(re.search(rf"\b{ASKING}\b", fold(str(text)[:2000])))


def needs_in(text: str | None, asked: bool = False) -> list[str]:
    """Need ids a message asks for, in the order of the twelve ids, without repeats.

    ``asked``: the message answers "what do you need?", so everyday words count too.
    """
    if not text:
        return []
    folded = fold(str(text)[:2000])
    asking = asked or bool(re.search(rf"\b{ASKING}\b", folded))
    strong: set[str] = set()
    everyday: set[str] = set()
    for meant, pattern, weak in _phrases():
        if weak and not asking:
            continue
        folded, count = pattern.subn(" ", folded)
        if count:
            (everyday if weak else strong).update(meant)
    # Everyday words ("my sister", "home", "money") name a need only when nothing plainer
    # does: in "my sister needs somewhere to sleep" the need is the bed, not the family.
    found = strong or everyday
    return [need for need in NEEDS if need in found]


def normalise(values: Iterable[str] | str | None) -> list[str]:
    """Need ids for entity values: ids pass through, other words go through the table."""
    if values is None:
        return []
    if isinstance(values, str):
        values = [values]
    found: list[str] = []
    for value in values:
        if not isinstance(value, str):
            continue
        key = value.strip().lower().replace(" ", "_")
        for need in [key] if key in NEEDS else needs_in(value, asked=True):
            if need not in found:
                found.append(need)
    return found
