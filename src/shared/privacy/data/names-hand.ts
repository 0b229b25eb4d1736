/**
 * Hand-compiled first names and surnames of the communities of Amsterdam Nieuw-West and
 * Zuidoost, written for Schakel from general knowledge of common names (no register, no
 * person). Licence: CC0 1.0 / the project's EUPL-1.2, at your choice. See README.md.
 *
 * Format: entries separated by whitespace, lower case; `_` stands for a space inside one
 * entry (`el_amrani`), so multi-word surnames stay one entry. Diacritics may be written or
 * left out: lookups fold them (ç → c, ı → i, ł → l, …). Grow these lists freely.
 */

/** First names, by community (the grouping is for review only; all are merged). */
export const handFirstNames: Record<string, string> = {
  dutch: `
    aad aafke aagje adrie adriaan adrianus albert alberdina alida anja anke anneke annemarie
    annemieke annie anton antonius arie arjen arjan arnold aukje bart bep berend bernard bertus
    bram carla carolien cees chantal cobie coby cor cora corrie cornelis corné daan dick diederik
    dirk dirkje  dorien edwin eelco elly els elske erik esther evert femke frans frits geert
    gerard gerardus gerda gerrit gert gijs greet greetje grietje hanneke harm hein hendrik
    hendrika henk henny herman hilde ineke inge ingrid jaap jacob jacoba jacobus jan janneke
    jannie jantje jasper jeroen joke joop joost jopie jos josien jozef judith kees klaas koos
    kobus lammert leen leendert lenie lieke liesbeth lotte maaike maarten marieke marijke marjan
    marloes martijn mieke mien mirjam nel nelleke nienke niek pieter piet pim rein reinier rens
    riek rietje rik rinus rob roel ruud sander sanne sientje sjaak sjoerd stijn suus teun theo
    thijs tineke tjeerd toos truus ton trijntje ruben wiebe wilhelmina willem willemijn wim
    wouter yvonne
  `,
  moroccan: `
    abdel abdelaziz abdelhak abdelhakim abdelilah abdelkader abdelkarim abdellah abdelmajid
    abdelmalek abdelouahid abderrahim abderrahman abdeslam abdou achraf adil ahlam aicha aisha
    aziz amina amine anouar asmae asma assia ayoub aziza badr bilal brahim bouchra chafik chaima
    chaimae charifa dounia driss mehdi fadoua fadwa faouzia farid faiza fatiha fatima fatna
    fouad ghizlane habiba hafid hafida hajar hakim halima hamid hamza hanae hanane hassan hasna
    hayat hicham houda houssine ibtissam ikram ilham ilias ilyas imad imane iman jamal jamila
    kamal karim karima khadija khalid lahcen latifa layla leila loubna malika mariam meryem
    mimoun mina mohamed mohammed mohssine mostafa mounia mounir mustapha naima najat najib
    naoual nawal nabil nadia nordin noura nourdin omar othman rachid rachida redouan redouane
    rida rkia saida salima salma samira samir sanae siham sofia soufiane souad soumaya tarik
    touria wafae wafa yahya yamina yassine yassin youssef younes yousra zakaria zineb zohra
    zoubida zouhair zakia zahra rabia rachida driss mimount tamimount thraya farida nadia
  `,
  turkish: `
    ahmet ali ayse aysel ayten aynur bahar barış bayram burak büşra can cem cemal cengiz derya
    deniz dilek ebru ece elif emel emine emre engin erkan esra fadime fatih fatma ferhat feride
    filiz gökhan gül gülay gülsüm gülten hakan halil hamza hasan hatice hülya hüseyin ibrahim
    ilknur ismail kadir kemal kübra leyla mehmet melek meltem merve mesut metin murat mustafa
    nazlı nermin nesrin neslihan nihat nuray orhan osman özlem recep rukiye sabri sadık sanem
    selim selin semra serkan sevgi sevim sibel songül süleyman şükrü tuba tuncay turgut ümit
    yasemin yasin yavuz yıldız yusuf zehra zeki zeynep zübeyde ömer onur oğuz taner tülay
    ayşegül gülcan hacer havva keziban kezban şerife saadet sultan medine nurcan ercan erdal
    eren göksel ilyas kerem koray levent mert okan serdar sinan tolga uğur volkan
  `,
  surinamese_hindustani: `
    anil anita asha bhagwandien chandra chandrika deepak devi dewkoemarie dinesh geeta hemraj
    indra indira jai kamla kiran krishna lakshmi manoj meera mohan nandini narain navin nisha
    prakash pravin priya purnima radha radjesh radjendre rajesh rakesh ramesh ravi reshma roshni
    sandjai sandjay santosh sarita savitri shanti shanta sharda shiwani shivani sita soenil
    soenita sunil sunita sushila urmila vikash vishnu wiedjai anand ashwin ashok dharam gopal
    harish jitendra kishan mahesh mukesh naresh pradeep rajiv sanjay satish suresh vijay
    chitra kavita lalita mala nirmala pushpa rekha sangita sarojini sushma usha vandana
  `,
  surinamese_creole_antillean: `
    romano ricardo orlando marlon glenn rudi hugo ronaldo clarence errol edgar winston humphrey
    iwan roy gerda marlene jennifer shirley sharon ingrid yvonne patricia esmeralda gracia milton
    delano dwayne giovanni shurandy churandy jurensley kenrick curtley shaquille jurgen
    ruthmila shudayra gisela eldridge ertwin hensley jerrel marciano quincy rigrano royston
    sherwin urwin virgil wendell xaviera yolanda zaïra chesley clyde dalton darryl denzel
    desiré dudley eugène fabiola genaro gilmar jairzinho leonel lisandro nurahaya rosalinda
    ruthline sherida sheryl sonja sylvana tamara ursula vanessa wilma yuri aïsha-lee
    jaylen jaylano jaydon jenairo jairo shaniqua shaquira jerrel jurmen quincey
    mavis cheryl joyce merlyn priscilla romeo steve shanella shanice sherraine
  `,
  surinamese_javanese: `
    wagimin sukarmin paidi samsi ngatini sarmi poniem rukiyah sutinah soeparman soekarmin
    soetinah sarinah wagiran karijo kasmo djoko dewi sri wati ratna kartini sutini tukimin
    paiman sadimin soemini soekirman soenarto soewarno hariono hendrik sapto iwan joko wiranto
    rianti sanjaya soekimin supriati asmini ngadiman
  `,
  ghanaian: `
    kwame kwabena kwaku kofi kojo kwasi kwesi yaw kwadwo akwasi kweku kwamena akua ama abena afua
    adwoa akosua yaa efua esi araba nana emmanuel ebenezer eunice comfort gifty patience mercy
    blessing prince felicia gladys priscilla vida theophilus kwaw fiifi ekow ato kobina abenaa
    afia adjoa akos akosiwa dede naa adjei nii kpakpo korkor
  `,
  eritrean_ethiopian: `
    tesfay tesfaye yonas yohannes mehari berhane semere filmon habtom kidane tekle dawit senait
    selam lidya saba rahel tsega mebrat aster winta feven yordanos luwam hiwet abrehet freweyni
    mussie robel natnael biniam bereket amanuel efrem daniel ermias kibrom mogos negasi teklay
    weldu yemane zerai abeba almaz genet hirut meron rigbe ruta selamawit senay tigist tirhas
    yodit zufan simret yeshi eden sara helen abraham samson sium yosief haben ghirmay awet
  `,
  somali: `
    abdi abdirahman abdullahi abdikarim abdiaziz abdirizak abdiwali mahad guled liban mohamud
    cabdi xasan warsame ayaan ilhan hodan hawa halima faadumo farhiya fartun sahra nimco ubah
    deeqa sagal hibo hamdi khadra maryan muna sucaad idil istahil asad bashir dahir hamse
    hassan hussein jama osman yusuf muse said sharmarke cali axmed maxamed fadumo shukri amran
  `,
  syrian_arab: `
    mohammad ahmad omar khaled khalid rami bashar samer tarek tareq fadi hussam yazan rania lina
    rasha dima hala nour noor reem aya sham yara mais ghaith wael ammar bilal mahmoud mahmud
    hamza ibrahim issa jamil kinan majd maher marwan mazen nidal qusay rabee saad salim sami
    tamer waleed walid yaser yasser zaid ziad abeer alaa amal asmaa batoul bushra dalia farah
    ghada hanan hiba israa jana joud layal lama lubna manar maya nada nisreen ola raghad ruba
    rula safaa salam sawsan shaza suha tala yasmin zeina
  `,
  afghan: `
    mohammad ahmad farid zabiullah sayed hamid wahid nasir rahim karim massoud masood jawad
    shafiq habib mariam zahra freshta fereshta zarmina malalai shabnam parwin parween roya
    nilofar nilufar mursal sahar zainab abdul ajmal asadullah baryalai bilal bashir davood
    ehsan elham faisal fawad ghulam hamidullah hashmat hekmat hussain jamshid javid khalil
    mahmood mansoor mirwais mujtaba mustafa naqib navid omid qadir qasim rahmat rashid sadiq
    samiullah shafiqullah shahid sohrab tamim wali waheed yama zalmai zubair arezo ariana
    farzana fatema hadia homa hosai lailuma laila lida madina marzia masuda mina mozhgan
    nazanin parisa pari qudsia rabia sediqa shakila shirin soraya tahmina wajiha zakia zohal
  `,
  polish_eastern: `
    agnieszka aleksandra anna barbara beata bogdan dariusz dorota elżbieta ewa grzegorz halina
    irena jacek jadwiga jan janusz jerzy joanna józef kamil karolina katarzyna krystyna
    krzysztof łukasz magdalena małgorzata marcin marek mariusz michał monika paweł piotr
    przemysław rafał renata sławomir stanisław tadeusz tomasz urszula wiesław wojciech zbigniew
    zofia oksana olena oleksandr oleksandra olga natalia nataliya sergei sergey serhiy svetlana
    tatiana tetiana vasyl viktor vladimir volodymyr yulia yuliia iryna ihor andriy dmytro mykola
    bogdan galina lyudmila valentina yevhen ivana milena milan dragan goran zoran snežana
    nikolai ivan boris radu ionut ioana elena mihai andrei florin gheorghe maria daniela
  `,
  georgian_armenian: `
    giorgi davit levan irakli nika luka zurab tornike lasha vakhtang nino tamar mariam ketevan
    natia eka tamuna salome ana nana maia lela sopho sophio mamuka gela temur beka zaza shota
    teona tinatin mzia manana khatuna lali nana elene keti gvantsa ani armen aram arsen ashot
    gevorg hayk karen narek tigran vardan anahit anush armine gayane hasmik lilit nune siranush
  `,
  south_asian: `
    tariq tarik imran asif faisal usman zubair kamran shahid waqar nadeem naveed arif adnan
    sana ayesha hina shazia rabia saima nasreen farzana sadia amna mehwish uzma bushra
  `,
  ethiopian: `
    abebe alemu tadesse getachew kebede mulugeta alemayehu girma tesfaye birtukan tigist
    meseret hana bethlehem mekdes selamawit etenesh almaz tsion eyerusalem
  `,
  other: `
    adebayo chukwuemeka chidi chinedu ngozi oluwaseun olu temitope tunde yetunde amaka ifeoma
    ibrahima mamadou moussa oumar seydou aminata fatoumata mariama awa ousmane abdoulaye
    aliou lamin fatou binta isatou jose joão manuel antónio maria-jose  nelson ana-paula
    wei li ming hui ying xiao jun hong mei-ling thi thanh nguyen minh tuan huong lan
    raj arjun priyanka aarav ishaan ananya diya mohammed-ali hasna-jade
  `,
};

/** Surnames, by community. Particles belong in the entry (`el_amrani`, `van_der_meer`). */
export const handSurnames: Record<string, string> = {
  dutch: `
    de_jong jansen de_vries van_den_berg van_dijk bakker janssen visser smit meijer meyer
    de_boer mulder de_groot bos vos peters hendriks van_leeuwen dekker brouwer de_wit dijkstra
    smits de_graaf van_der_meer van_der_linden kok jacobs de_haan vermeulen van_den_heuvel
    van_der_veen van_den_broek de_bruijn de_bruin van_der_heijden schouten van_beek willems
    van_vliet van_de_ven hoekstra maas verhoeven koster van_dam van_der_wal prins blom huisman
    peeters de_koning van_wijk kuipers van_der_laan postma van_der_horst kuiper dijkman
    verbeek van_den_bosch van_der_velden koning sanders timmermans van_dongen groen gerritsen
    bosman van_der_linde kramer van_veen evers de_lange vink van_loon hermans wolters van_rijn
    scholten van_doorn kroon jonker post boer driessen veenstra martens van_der_sluis de_ruiter
    van_essen van_wijngaarden molenaar hofman bosch van_der_ploeg visscher hoogendoorn
    van_den_bosch van_kampen huijbregts de_kok van_der_berg van_den_bergh van_gils van_hout
    wouters de_leeuw koopman verweij van_der_zee hoogland kamphuis van_schaik claassen kramer
    boersma vd_berg brinkman de_heer haverkamp boskamp veldhuis ter_horst ten_brink 't_hart
    in_'t_veld op_den_kamp lubbers terpstra zijlstra bouwman van_der_ven oosterhuis nijhuis
    stam baas lammers schipper hoek van_zanten westerveld rietveld roos vermeer de_wilde
    hartman jongman kooijman vd_meer pronk rutten spijker steenbergen tromp van_der_hoeven
    verbruggen vos willemsen zwart de_bruyn fransen gerrits geurts hendrikx hoogeveen
    jonkman kloosterman lammertink nieuwenhuis oudshoorn rijnders schuurman slot stoffels
    teunissen de_vos wijnands van_es van_eijk van_hees mertens van_beek aalbers abbink
  `,
  moroccan: `
    el_amrani el_idrissi el_khattabi el_hamdaoui el_ouali el_bouazzaoui el_haddouchi el_fassi
    el_yousfi el_mansouri el_moussaoui el_ghazali el_hachimi el_harchaoui el_kaddouri el_ahmadi
    el_bakkali el_azzouzi el_boukhari el_hadouchi el_khayari el_morabit el_ouazzani el_aissati
    el_baghdadi el_hamdi el_hassani el_jaouhari el_mahdaoui el_mokhtari el_ouariachi el_haddad
    ben_ali benali ben_haddou benhaddou ben_salah bensalah ben_yahia benyahia ben_moussa
    benmoussa ben_abdallah benabdallah ben_saïd bensaid ben_hamou benhamou ben_tahar ben_ahmed
    ait_ouali ait_hamou ait_taleb ait_brahim ait_el_caid ait_lahcen ait_moh ait_said
    aitouali ait-hamou oulad_ali oulad_haj bouzid boukhari bouzerda bouchtaoui boulakhrif
    boukhriss bouarfa bouhali boujdi boussaid boutaleb bouziane bouyaghrouten abarkan achahbar
    achbab aboutaleb abdellaoui abdelkader ajouaou akhrif akouh amezian amrani aouragh
    asbai azaouagh azarkan aziz bakkali bakrim belhaj bellouti belkadi chaara chaouch
    chaibi chakir chentouf daoudi dahmani darkaoui douiri elouazzani essaidi fahmi faraji
    ghanmi haddou hajji hamdaoui hamdi harchaoui idrissi jabri kaddouri karimi khalloufi
    khattabi laaroussi lahlali machkour mansouri marzouki moussaoui naciri ouahabi ouali
    oulad rachidi rahmouni saadi sabri salhi taouil tahiri tazi touzani yousfi zaoui zerouali
    zitouni ziani zouhri azzouzi benjelloun berrada bennani chraibi alaoui el_alaoui tazi
    el_kasmi el_bouhali el_hamdani el_habchi el_makhloufi el_majdoubi el_bouchtaoui
  `,
  turkish: `
    yılmaz kaya demir şahin çelik yıldız yıldırım öztürk aydın özdemir arslan doğan kılıç aslan
    çetin kara koç kurt özkan şimşek polat korkmaz karataş erdoğan güneş aktaş kaplan akın
    akgül avcı bulut ceylan coşkun çakır çiftçi  duman eren erol gök güler gümüş işık kahraman
    kalkan karaca keskin kocaman kuş özer özkaya sarı sönmez tekin temel turan uçar ünal yavuz
    yücel acar ateş bozkurt cengiz demirci durmaz ekinci  gündoğdu güven karakaya kartal
    kaymak özcan özgür sevim taş tunç uysal yalçın yazıcı yiğit altun altıntaş bayram baysal
    karadeniz kocabaş oğuz yaman yüksel zengin alkan dönmez bektaş çınar gürbüz sezer
    karahan kurtuluş demirtaş gündüz topal tuncer erbaş kızılkaya yurt karagöz türkmen
  `,
  surinamese: `
    ramdin sardjoe mahabier ramsaran jagesar bhagwandin ramautar soekhai mangal biharie ramlal
    kalloe lachman jhinkoe doerga ramdhani ramkisoen ramcharan ramnarain ramsahai ramsoedh
    ramjiawan ramphal ramkhelawan badloe bhoelai chotkan dwarkasing gangaram girjasing
    jadnanansing jagroep kanhai kisoensingh madho mahadewsing matai mohabir nandoe narain
    oemrawsingh panday parbhoe persad radjkoemar raghoe ramadhin rambaran ramkalup sewcharan
    sewdien sitaldin soekhlal tewari tilakdharie pinas sabajo wijngaarde karg brunings
    vijfvinkel emanuels nelom eersel zalmijn playfair kross doelwijt lont amafo aloema linger
    sedney pool breeveld leefland macnack muringen ooft pengel ravenberg rustveld schalkwijk
    tjin-a-tsoi tjon-a-fong chin-a-lin lie-a-ling kwie-a-sen fung-a-ling akrum adama
    pawirodikromo kartosen soekimin kromosoeto sontosoemarto sastroredjo setrowidjojo
    karijodrono moestadja wongsodikromo atmodikoro kartoredjo soemodihardjo kromodimedjo
    rebin sarmo soekardi dipowikromo pawiroredjo djasmadi marto kasanwiro saridin
  `,
  antillean_aruban: `
    martina isenia rosaria thode sambo cijntje ignacio everts cicilia francisca juliana
    victoria profas bernardina petronia leito pieternella koeiman tromp croes wever kock
    janga lourens rojer suart doran martis frans coffie clemencia cornelia florentina
    hooi isabella jacobs jansen lopez maduro monte narain paula rosalia statia tokaay
    vlijt winklaar zimmerman cordilia daal de_windt eugenia gumbs hernandez jesurun
    leonora mercera pietersz provence saragoza silberie thomas virginia wilsoe
  `,
  ghanaian: `
    mensah asante boateng owusu osei agyeman acheampong amoah appiah bonsu danso darko frimpong
    gyamfi kyei ofori opoku oppong sarpong twumasi yeboah addo annan antwi asamoah boakye nkrumah
    quartey quaye tetteh adjei ansah amponsah asare baffour boadu dankwa donkor duah fosu
    kusi manu nyarko obeng ohene okyere owusu-ansah poku sakyi sefa tawiah wiredu
    adomako agyei amankwah ampofo anane ankrah asiedu boadi gyasi konadu kwakye
  `,
  eritrean_ethiopian: `
    tesfamariam gebremedhin ghebremedhin ghebreyesus gebreyesus haile kidane tekle berhe
    woldemichael weldemichael habte mehari asmerom yemane tewelde negash ghebremariam
    gebremariam andemariam zerai goitom okbay weldu tesfazion tesfagiorgis gebrehiwet
    ghebrehiwet woldeselassie habtemariam kahsay mesfin mengistu tsegay tekeste yohannes
    berhane ghirmay sium solomon tsehaye abraha gebru haileselassie kiflom
  `,
  somali: `
    warsame farah jama duale egal dirie mohamud aden elmi gedi hersi abdi nur osman yusuf
    guled ismail hirsi samatar abdillahi barre dualeh omar ali hassan hussein mohamed ahmed
    abdulle adan awale bashir galaydh jimcaale hashi ibrahim mire muse nuur roble shire
  `,
  syrian_arab: `
    al-hassan al-ahmad al-khatib haddad khoury darwish hamdan hamoud mansour nasser saleh
    sabbagh shami halabi kassab masri najjar qassem zein zidan al-ali alkhalil al-khalil
    al-hussein al-mohammad al-omar al-hamwi al-halabi al-masri al-shami al-saleh al-abdullah
    abboud assaf atassi azzam bitar dabbagh farhat ghanem hakim hijazi ismail jaber jabbour
    kanaan khalil khoury mahfouz nassar obeid rifai sabbagh saadeh shaheen suleiman taha
    touma yazbek zaher al-jasem al-ahmed al-assad al-sayed alhamad hamad
  `,
  afghan: `
    ahmadi karimi rahimi hashimi hakimi mohammadi sultani noori rezaie safi popal durrani
    stanekzai ahmadzai niazi wardak sharifi hussaini rasuli amiri haidari samadi sadat
    yousufzai nazari azizi habibi hamidi jalali mirzai mohseni nasiri qaderi rahmani
    rasoli sediqi sultanzada yaqubi zahiri zazai barakzai popalzai alokozay karzai
    faizi hotak kakar mangal mohmand naseri omari sahak tokhi
  `,
  polish_eastern: `
    nowak kowalski kowalska wiśniewski wiśniewska wójcik kowalczyk kamiński kamińska
    lewandowski lewandowska zieliński zielińska szymański szymańska woźniak dąbrowski
    dąbrowska kozłowski kozłowska jankowski jankowska mazur kwiatkowski kwiatkowska
    krawczyk piotrowski piotrowska grabowski grabowska nowakowski nowakowska pawłowski
    pawłowska michalski michalska adamczyk dudek zając wieczorek jabłoński jabłońska król
    majewski majewska olszewski olszewska jaworski jaworska wróbel malinowski malinowska
    shevchenko kovalenko bondarenko tkachenko kravchenko melnyk boyko koval oliynyk lysenko
    ivanov ivanova petrov petrova smirnov smirnova popov popova popescu ionescu popa
    petrović jovanović nikolić marković horvat kovač
  `,
  georgian_armenian: `
    beridze kapanadze gelashvili maisuradze giorgadze lomidze tsiklauri bolkvadze
    kvaratskhelia nozadze khutsishvili abashidze chkheidze tsertsvadze japaridze kiknadze
    mikeladze gogoladze dolidze shengelia jgerenaia gogia bakradze kvaratskhelia
    mamukashvili natsvlishvili tabatadze kakhidze mchedlishvili gogichaishvili
    petrosyan harutyunyan sargsyan hovhannisyan grigoryan vardanyan karapetyan
    khachatryan avetisyan hakobyan
  `,
  other: `
    diallo bah barry sow camara keita traoré touré coulibaly konaté okafor okonkwo adeyemi
    balogun eze nwosu obi oyelaran silva santos pereira ferreira gomes lopes fernandes
    tavares monteiro semedo wang zhang liu chen yang huang zhao wu zhou nguyen tran  pham
    hoang phan vu dang bui   ngo duong 
  `,
};
