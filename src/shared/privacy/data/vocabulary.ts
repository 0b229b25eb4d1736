/**
 * Context vocabulary of the PII detector, hand-compiled for Schakel (CC0 1.0 / EUPL-1.2, at
 * your choice; see README.md). Lower case; entries separated by whitespace; `_` is a space
 * inside one entry (a phrase of several words).
 */

/** Titles and forms of address: what follows is a name (often a surname alone). */
export const titles = `
  meneer mnr mr mevrouw mevr mevr. mw mw. mvr dhr dhr. hr heer juf juffrouw meester dokter
  dr drs ir ing prof mrs ms miss mister madame monsieur mme mlle señor senora pastoor dominee
  imam hodja hoca sheikh zuster broeder sayed sayyid haji hadji
`;

/** Relations and roles: a name may follow ("zoon Ryan", "de buurvrouw, Ingrid,"). */
export const relations = `
  moeder mama mam mamma ma vader papa pap pappa pa zoon zoontje zonen dochter dochtertje
  dochters kind kinderen kindje oma opa grootmoeder grootvader overgrootmoeder tante tantes
  oom ooms neef neefje neven nicht nichtje nichten broer broertje broers zus zusje zussen
  zuster buurvrouw buurman buren buurjongen buurmeisje partner ex ex-partner expartner
  ex-man ex-vrouw vriend vriendin vriendje vriendinnetje echtgenoot echtgenote man vrouw
  stiefvader stiefmoeder stiefzoon stiefdochter stiefbroer stiefzus halfbroer halfzus
  schoonmoeder schoonvader schoonzus schoonbroer zwager schoonzoon schoondochter pleegmoeder
  pleegvader pleegouder pleegkind pleegzoon pleegdochter baby jongen jongetje meisje tweeling
  kleinzoon kleindochter kleinkind oudste jongste middelste cliënt client cliënte klant pleger
  slachtoffer verdachte betrokkene jeugdige minderjarige mentor mentrix leerkracht docent
  collega contactpersoon casushouder begeleider begeleidster hulpverlener wijkagent agent
  huisarts advocaat advocate voogd gezinsvoogd jeugdbeschermer tolk verloofde vriendinnen
  huisgenoot huisgenote kamergenoot werkgever bewoner bewoonster hoofdbewoner aanmelder
  melder zorgverlener gezinscoach coach therapeut psycholoog maatschappelijk_werker
  netwerkregisseur voorzitter notulist casusregisseur regisseur projectleider coordinator
  coördinator ervaringsdeskundige vrijwilliger sleutelfiguur buurtregisseur leerplichtambtenaar
  beste hoi hallo hey hee dag groet groeten gr mvg
`;

/**
 * Organisations of the directory and the words for them: never a name, and "(Blijf Groep)"
 * after a capitalised word marks that word as the name of a person in minutes and lists.
 */
export const organisations = `
  blijf_groep blijf veilig_thuis jeugdbescherming reclassering buurtteam buurtteams okt
  ouder-_en_kindteam house_of_b nisa_4_nisa profor st._profor stichting_profor
  human_empowerment st._human_empowerment stichting_human_empowerment politie sipi
  wijk_actie_team wat dji dienst_justitiële_instellingen openbaar_ministerie om de_waag waag hogeschool_van_amsterdam hva
  gemeente ggd ggz uwv coa ind raad_voor_de_kinderbescherming leger_des_heils arkin jellinek
  levvel madi voedselbank huisartsenpraktijk school moskee kerk wijkteam jeugdteam
  stadsdeel netwerkgroep casustafel
`;

/** Words that introduce a name directly: "heet Roos", "genaamd de Wolf". */
export const namingWords = `
  genaamd heet heten noemt noemen genoemd alias bijnaam roepnaam voornaam achternaam
  naam namen aka
`;

/**
 * Particles inside surnames. Only part of a name between or after name evidence; never a
 * name on their own.
 */
export const particles = `
  van de der den het 't te ter ten in op vd v.d. von vom zu d' di da dos das du del della
  dela la le el al ben bin bint ibn abu abou bou ait aït ou oulad ould uld mac mc o' st
  y e bte vander vanden vande
`;

/**
 * Never part of a name: organisations and the words they are made of, places, districts and
 * neighbourhoods, months, weekdays, feasts, languages and nationalities, apps and the words
 * of the field. Phrases (with `_`) are matched on whole tokens.
 */
export const stopWords = `
  blijf_groep blijf veilig_thuis veilig thuis jeugdbescherming jeugdbescherming_amsterdam
  reclassering reclassering_nederland buurtteam buurtteams buurtteam_amsterdam ouder-_en_kindteam
  ouder-_en_kindteams ouder_en_kindteam okt okt's house_of_b nisa_4_nisa nisa_for_nisa
  stichting st. st profor pro_for stichting_profor human_empowerment stichting_human_empowerment
  politie politie_amsterdam sipi wijk_actie_team wijkactieteam wat dji openbaar_ministerie om
  de_waag waag hogeschool_van_amsterdam hva hogeschool gemeente gemeente_amsterdam amsterdam
  ggd ggz uwv svb ind coa duo cjib belastingdienst raad_voor_de_kinderbescherming
  kinderbescherming raad rvdk salvation_army leger_des_heils leger des heils arkin
  mentrum jellinek brijder levvel spirit cordaan hvo-querido hvo querido regenboog_groep
  regenboog dynamo combiwel civic streetcornerwork fier moviera kwintes lsr fier_fryslân
  rode_kruis kruis voedselbank schuldhulpverlening bureau_schuldhulpverlening madi
  stadsdeel stadsdeelkantoor wijkteam zorgteam jeugdteam netwerkgroep netwerkregisseur
  casustafel casusoverleg groep team teams overleg afdeling zorg thuiszorg huisartsenpost
  ziekenhuis amc olvg vumc amsterdam_umc bovenij slotervaartziekenhuis
  school basisschool middelbare mbo hbo roc roc_van_amsterdam moskee kerk
  albert_heijn albert_heijn's ah lidl jumbo aldi hema kruidvat action dirk_van_den_broek
  whatsapp instagram facebook tiktok snapchat telegram signal twitter youtube linkedin
  google teams zoom outlook gmail hotmail iphone android
  thv tijdelijk_huisverbod huisverbod wet wmo jeugdwet bopz wvggz wzd avg bsn iban
  meldcode kindcheck signs_of_safety huiselijk geweld kindermishandeling aanpak programma
  programmaplan bouwsteen bouwstenen netwerkbijeenkomst bijeenkomst samenvatting inleiding
  conclusie aanbevelingen plenair werkgroep
  nieuw-west nieuw_west nieuwwest zuidoost zuid-oost oost west noord zuid centrum
  westpoort weesp driemond bijlmer bijlmermeer osdorp slotervaart geuzenveld slotermeer
  geuzenveld-slotermeer osdorp-midden de_aker sloten nieuw-sloten overtoomse_veld
  overtoomseveld overtoomse veld lutkemeer middelveldsche_akerpolder slotervaart-noord
  slotervaart-zuid eendracht sloterpark gaasperdam holendrecht reigersbos kraaiennest
  ganzenhoef venserpolder bijlmer-centrum bijlmer-oost bijlmer-west amstel_iii amstelveen
  gein nellestein h-buurt f-buurt k-buurt e-buurt g-buurt d-buurt kantershof
  bullewijk hakfort huntum vogeltjeswei amsterdamse_poort arena strandvliet
  bijlmerplein holendrecht-west gaasperplas gaasperpark venserpolder-oost
  de_pijp jordaan bos_en_lommer de_baarsjes oud-west oud-zuid westerpark indische_buurt
  watergraafsmeer ijburg zeeburg buitenveldert noord-oost tuindorp osdorperban
  rotterdam utrecht den_haag haarlem almere zaandam zaanstad diemen duivendrecht
  ouder-amstel aalsmeer hoofddorp purmerend lelystad leiden delft eindhoven tilburg
  groningen arnhem nijmegen breda maastricht schiphol parijs londen berlijn brussel antwerpen
  gent luik new_york washington istanbul ankara izmir rabat casablanca tanger nador al_hoceima
  fez marrakech paramaribo nickerie accra kumasi asmara addis_abeba mogadishu mogadisho damascus
  aleppo homs kabul herat warschau krakau tbilisi kiev kyiv boekarest sofia willemstad
  oranjestad
  nederland holland nederlands nederlandse nederlander marokko marokkaans marokkaanse
  marokkaan turkije turks turkse turk suriname surinaams surinaamse surinamer
  hindoestaans hindoestaanse creools creoolse javaans javaanse antillen antilliaans
  antilliaanse curaçao curacao aruba bonaire sint_maarten ghana ghanees ghanese twi
  eritrea eritrees eritrese tigrinya somalië somalie somalisch somalische somaliër syrië
  syrie syrisch syrische syriër afghanistan afghaans afghaanse afghaan dari pashto pasjtoe
  polen pools poolse georgië georgie georgisch georgische oekraïne oekraine oekraïens
  oekraïense rusland russisch russische roemenië roemeens bulgarije bulgaars egypte
  egyptisch irak iraaks iran iraans perzisch ethiopië ethiopisch nigeria nigeriaans
  sudan soedan jemen libanon jordanië palestina tunesië algerije belgië belgie duitsland
  frankrijk spanje portugal kaapverdië italië engeland china india pakistan indonesië
  europa europees europese afrika afrikaans afrikaanse azië arabisch arabische berbers
  tamazight tarifit koerdisch koerdische engels engelse frans franse duits duitse spaans
  islam islamitisch islamitische christelijk christelijke hindoe hindoeïstisch katholiek
  protestants joods koran bijbel allah god jezus
  januari februari maart april mei juni juli augustus september oktober november december
  feb febr mrt apr jun jul aug sep sept okt nov dec
  maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
  kerst kerstmis pasen pinksteren ramadan suikerfeest offerfeest eid keti_koti ketikoti
  diwali holi nieuwjaar oud_en_nieuw sinterklaas koningsdag bevrijdingsdag
  casus case actie actiepunt actiepunten afspraak afspraken besluit notulen agenda
  aanwezig aanwezigen afwezig afgemeld verslag bijlage punt
  signaal vraag vervolg terugkoppeling evaluatie plan veiligheidsplan
  ok nvt n.v.t. tbv t.b.v. ivm i.v.m. oa o.a. bijv mbt m.b.t. ca
  euro eur per week maand jaar uur
`;

/**
 * Names that are also frequent words, but are read as a name when capitalised, even at the
 * start of a sentence ("Thomas belde"): the frequent-word mark is taken off them.
 */
export const namesFirst = `
  adam amanda bobby chris clark daisy donna ellen eva frank helen henry jack janet jonathan
  karen kelly kim koos lex lou mark mary max meg mia nick penny peter rachel rob robert sara
  steven teddy thomas tommy willie palmer parker spencer turner walker warren smith carter
  janneke marieke
`;

/** Endings of Dutch street names (one token): "Osdorperweg", "Bijlmerdreef". */
export const streetSuffixes = `
  straat weg laan plein gracht kade dreef hof pad singel dijk steeg plantsoen park markt
  boulevard baan oord erf wal burgwal allee promenade hoeve pleintje straatje laantje kanaal
  poort gaarde dwarsweg plaats ring rak dam haven
`;

/** Amsterdam street names without a street suffix (many in Zuidoost): seen with a number. */
export const bareStreets = `
  hakfort kikkenstein gooioord hoogoord kraaiennest ganzenhoef kortvoort develstein egeldonk
  gravestein haardstee hofgeest heesterveld grubbehoeve kleiburg frissenstein florijn
  gerenstein groenhoven huntum hoogoord kelbergen leusderkwartier bijlmerdreef daalwijk
  dubbelink hakfort ravenswaaij rechte_hoeksingel elsrijkdreef karspeldreef foppingadreef
  hondsrugweg meerkerkdreef wamelplein
`;

/** Words after a number that make it a count or a measure, not a house number. */
export const unitWords = `
  jaar jaren jarige kinderen kind keer maal euro eur uur uren minuten min dagen dag weken week
  maanden maand procent cm kg km meter m personen mensen gezinnen casussen deelnemers stuks
  plekken plaatsen huishoudens meldingen sessies gesprekken x km/u weken
`;

/**
 * Names that are ordinary Dutch words common enough to start a sentence ("Roos", "Storm",
 * "Elke"): at the start of a sentence they are a name only with name context. Curated by
 * hand from the intersection of the name lists with the OpenTaal word list.
 */
export const capitalAmbiguous = `
  adem alma angel aria aster aurora belle ben bent berk bes bette bono bright brik broes
  cara dag door dries eden ebbe elke fee flora free gemma gloria gust helder hope jet job
  joke junior kas ken lente leen lies lieve lion lot mare marine mille mina mis nada nette
  nova ode pas per pol raven rein rim roos
  rover scout serge sim staf storm sultan sus tiara toon trui vin violet vita wil winter
  wolf zander bakker visser kok mol vos boer groot wit jong koning hoop slot stam baas hoek
  zwart groen prins vink kroon post smit klein man mens steen top massa kennis pardon
  lust lente roos mei hart veld berg bos beek dijk meer brink mees haan schipper
  molenaar kuiper koster timmerman schouten dekker brouwer visscher hoekstra beek
  may june april summer grace joy faith hope patience mercy comfort blessing prince
  precious gift gifty honesty charity destiny
`;
