/**
 * Words that carry no topic for retrieval. Besides the usual function words, these lists hold the
 * shopper's *filler*: "I need help to …", "can you tell me how …", "quisiera saber …" — words that
 * appear in almost every support message, so matching on them would only add noise. Profane
 * intensifiers ("the damn bill") are fillers too; anger is judged separately by detectSafety.
 * Hand-written (normalised: lowercase, no accents) because general-purpose stop-word packages
 * lack the support-chat filler, which matters more here than completeness.
 */
const EN = `a hes shes min mins ago about above after again against all am an and any are arent as at be been before being
below between both but by can cant cannot could couldnt did didnt do does doesnt doing dont down
during each few for from further had hadnt has hasnt have havent having he her here hers herself
him himself his how i id ill im ive if in into is isnt it its itself lets me more most mustnt my
myself of off on once only or other ought our ours ourselves out over own same she should shouldnt
so some such than that thats the their theirs them themselves then there theres these they this
those through to too under until up very was wasnt we were werent what whats where which while
who whom why with wont would wouldnt you your yours yourself yourselves u ur ya yall ive youre
hi hello hey please pls plz thanks thank thx help helping assist assistance assisting need needed want wanted
wanna gotta gonna like know tell show let lemme try trying got get getting would could able
way ways possible someone somebody anyone anybody something anything thing things also just really
ok okay hmm um uh well still already again one sure kindly im mr mrs ms sir madam see find look looking obtain obtaining
not will shall may might must several some ask asking give use using make making
item items product products article articles stuff thing things something company dollars dollar
check checking current currently much many another same other others else elsewhere still yet
anything everything nothing new quick glance usually normally generally typically approximately roughly existing pair supposed meant number
last month months year years week weeks ago yesterday today tonight tomorrow morning
wife husband sister brother mom mum mother dad father son daughter friend friends boyfriend girlfriend
kid kids baby bride groom fiance fiancee family partner grandma grandmother grandpa grandfather aunt uncle cousin
damn goddamn bloody fucking fuckin freaking effing frickin friggin
two three four five six seven eight nine ten twenty thirty say says said saying go goes went gone
accidentally mistakenly tried made anymore somewhere anywhere everywhere typed mistyped misspelled
`;

const ES = `a al algo algun alguna algunas alguno algunos ante antes aqui asi aun cada como con contra cual
cuales cualquier de del desde donde dos e el ella ellas ellos en entre era eran es esa esas ese eso esos
esta estaba estan estar estas este esto estos estoy fue fueron ha hace hacen hacer hacia han hasta
hay he la las le les lo los mas me mi mis mucho muy nada ni nos nosotros o os otra otro para pero poco por
porque que quien se sea segun ser si sido sin sobre son su sus tambien te tengo ti tiene tienen tu tus un
una unas uno unos usted ustedes vosotros y ya yo
hola buenas buenos tardes noches no onda encuentro encontrar busco buscar cuanto cuanta cuantos cuantas arriba abajo gracias favor porfa porfis ayuda ayudar ayudarme ayudan ayudas
necesito necesitaria quiero quisiera queria gustaria saber sabe saben decir dime digan puedo puede pueden
podria podrian podrias puedes como oye oiga disculpa disculpe perdon bueno pues entonces estaria
alguien ahi aca alli favorcito mero neta producto productos articulo articulos cosa cosas checar checo chequear revisar ver consultar
necesitaria hacerlo hago hace hacen hacer dar dame den
esposa esposo hermana hermano mama papa hijo hija hijos amigo amiga amigos novia novio familia
numero normalmente generalmente aproximadamente mas o menos
mes meses ano anos semana semanas ayer hoy pasado pasada manana
abuela abuelo tia tio primo prima prometido prometida
dolar dolares euro euros pesos bucks otro otra otros otras mismo misma todavia aun
ocupo ocupamos dicen dijeron dice plis ahorita pasan pasen pasas pasame apoyar apoyen apoyas apoyo maneja manejan
tres cuatro cinco seis siete ocho nueve diez veinte treinta veo ves vea gusta gusto gustaron partir
ve vivo vive vivimos voy acabo hice anoche kiero q k dio dado da doy equivoque equivoco equivocarme
haceis teneis podeis quereis sabeis vosotras vuestro vuestra vuestros vuestras os tienes tenemos podemos sr sra srta senor senora senorita
`;

const STOP = new Set(`${EN} ${ES}`.split(/\s+/).filter((word) => word !== ""));

/** Every stop word, e.g. as vocabulary for typo correction ("hwat" → "what"). */
export const STOP_WORDS: ReadonlySet<string> = STOP;

const words = (list: string) => list.split(/\s+/).filter((word) => word !== "");
/** The stop words of each language: a typo is corrected towards words of its own language only. */
export const STOP_WORDS_BY_LANG = { en: words(EN), es: words(ES) } as const;

/** True when a normalised token carries no topic (function word or support-chat filler). */
export function isStopWord(token: string): boolean {
  return STOP.has(token);
}
