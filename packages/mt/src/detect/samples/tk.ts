/**
 * Turkmen (Latin) sample text for the character trigram profile.
 *
 * Format: one sentence a line, general news-style prose on varied topics, written by the Körpü
 * team for this purpose (not copied from any source). Alphabet: a b ç d e ä f g h i j ž k l m n
 * ň o ö p r s ş t u ü w y ý z.
 */
export const TK_SAMPLE = `
Prezident şu gün paýtagtda täze mekdep binasynyň açylyş dabarasyna gatnaşdy.
Ministrler Kabinetiniň mejlisinde ykdysadyýeti ösdürmek bilen bagly meseleler ara alnyp maslahatlaşyldy.
Ertir Aşgabatda howanyň temperaturasy on sekiz gradusa çenli ýokarlanar.
Milli ýygyndy indiki oýnuny geljek hepde Türkmenabatda geçirer.
Statistika komitetiniň maglumatlaryna görä, ýylyň başyndan bäri eksportyň möçberi artdy.
Şäheriň merkezinde ýerleşýän taryhy binalar dikeldilýär.
Uniwersitetiň talyplary halkara olimpiadada üç altyn medal gazandylar.
Ýol polisiýasy sürüjileri gar ýagýan wagty seresap bolmaga çagyrdy.
Saglygy goraýyş ministrligi täze sanjym kampaniýasynyň başlanandygyny habar berdi.
Oba hojalygynda işleýän daýhanlara ýeňillikli karzlar berler.
Merkezi bank esasy göterim derejesini üýtgetmän galdyrmak barada karar kabul etdi.
Ýurtda nebit çykarylyşy geçen aý bilen deňeşdirilende birneme azaldy.
Bilim ulgamyndaky özgertmeler mugallymlaryň aýlyk haklaryny ýokarlandyrmagy göz öňünde tutýar.
Mary şäherinde täze sport toplumynyň gurluşygy tamamlandy.
Türkmenistan bilen Özbegistanyň arasyndaky söwda dolanyşygy ep-esli artdy.
Düýn agşam geçirilen konsertde meşhur aýdymçylar çykyş etdiler.
Meteorologlar welaýatlarda güýçli ýel boljakdygyny çaklaýarlar.
Ministriň aýtmagyna görä, taslama iki ýylyň dowamynda tamamlanar.
Şu ýyl ýurda gelen syýahatçylaryň sany geçen ýyldakydan köp.
Hökümet kiçi we orta telekeçiligi goldamak üçin täze maksatnama taýýarlaýar.
Hazar deňzinde balyk tutmak wagtlaýyn gadagan edildi.
Kazyýet işe garamagy indiki aýa süýşürdi.
Alymlar gadymy ýaşaýyş ýerinde gyzykly tapyndylary ýüze çykardylar.
Döwlet Baştutany daşary ýurtlaryň ilçilerini kabul etdi.
Täze okuw ýylynda mekdeplere ýüz müňlerçe okuwçy kabul ediler.
Kompaniýa geljekde gaýtadan dikeldilýän energiýa çeşmelerine has köp maýa goýmagy meýilleşdirýär.
Sergide häzirki zaman suratkeşleriniň ýüzden gowrak eseri görkezilýär.
Welaýat häkimliginiň wekilleri ýaşaýjylar bilen duşuşdylar.
Hünärmenleriň pikirine görä, bahalaryň ýokarlanmagy ýylyň ahyryna çenli dowam eder.
Howa menzilinde ýolagçylaryň sanynyň artýandygy bellenilýär.
Çagalaryň saglygy üçin ene-atalar has üns bermelidirler.
Dünýä bazarynda nebitiň bahasy ýene gymmatlady.
Maslahatda howanyň üýtgemeginiň täsiri barada çykyşlar diňlenildi.
Teatryň täze möwsümi nusgawy eseriň sahnalaşdyrylmagy bilen açylar.
Hünärmenler emeli aňyň zähmet bazaryna täsirini öwrenýärler.
Bu taslama ýaşlaryň iş bilen üpjünçiligini artdyrmaga gönükdirilendir.
Döwlet býudjetiniň girdejileri çaklanandan ýokary boldy.
Komitetiň başlygy žurnalistleriň soraglaryna jogap berdi.
Tomus aýlarynda elektrik energiýasyna bolan isleg ep-esli artýar.
Sebitde ýangyn boldy, ýaralanan ýok.
Kitaphanada täze okalga zaly ulanmaga berildi.
Karara laýyklykda döwlet gullukçylarynyň aýlyk haklary ýokarlandyrylar.
Obalarda internet hyzmatynyň hili gowulandyrylýar.
Türkmen göreşijileri Aziýa çempionatynda iki medal gazandylar.
Bu barada ministrligiň metbugat gullugy habar berdi.
Telekeçiler salgyt ýeňilliklerini uzaltmagy haýyş etdiler.
Gyş möwsüminde dag dynç alyş merkezlerine gyzyklanma artýar.
Bäsleşigiň ýeňijileri dekabr aýynda sylaglanar.
Ýurduň ykdysadyýeti ýylyň birinji ýarymynda üç göterim ösdi.
Taryhçylar şäheriň geçmişi barada täze kitap neşir etdiler.
Möwsümiň ilkinji gary dagly etraplara ýagdy.
Daşary işler ministrligi beýannama ýaýradyp, bolan wakany ýazgardy.
Lukmanlar yssy howada köp suw içmegi maslahat berýärler.
Resmi maglumatlara görä, işsizlik derejesi peseldi.
Täze kanun jemgyýetçilik ýerlerinde temmäki çekmegi gadagan edýär.
Bu mesele boýunça ara alyp maslahatlaşmalar häzirem dowam edýär.
Onuň sözlerine görä, maýa goýumlarynyň esasy bölegi senagata gönükdiriler.
Garry adamlar üçin durmuş hyzmatlary merkezi açyldy.
Goňşy ýurtlar bilen energetika ugrundaky hyzmatdaşlyk giňeýär.
Toparyň baş tälimçisi oýundan soň metbugat ýygnagyny geçirdi.
Sil sebäpli birnäçe obanyň ýollary ýapyldy.
Düýn gije şäherde güýçli ýagyş ýagdy.
Ministrlik okuwçylar üçin tomusky dynç alyş düşelgelerini gurar.
Kärhana ýüzlerçe täze iş ornuny döretdi.
Iki tarap gepleşikleri dowam etdirmäge ylalaşdy.
Polisiýa waka boýunça jenaýat işini gozgady.
Geljek nesiller üçin tebigaty goramak hemmämiziň borjumyzdyr.
Ýaş maşgalalara jaý satyn almak üçin ipoteka karzy berilýär.
Muzeýde gadymy teňňelerden ybarat sergi açyldy.
Öň habar berlişi ýaly, duşuşyk indiki hepde geçiriler.
Halkara howa menzilinde täze terminal gurlar.
Indiki aýdan kommunal hyzmatlaryň nyrhlary üýtgär.
Düýn geçirilen oýunda biziň toparymyz garşydaşyny iki gol bilen ýeňdi.
Ýazyjynyň täze romany okyjylar tarapyndan gyzyklanma bilen garşylandy.
Ýewropa Bileleşigi bilen gatnaşyklary ösdürmek ara alnyp maslahatlaşyldy.
Gurluşyk pudagynda zähmet haklary ýokarlandy.
Hemra orbita üstünlikli çykaryldy.
Her ýyl müňlerçe ýaşlar ýokary okuw mekdeplerine girýärler.
Olar işleriň öz wagtynda tamamlanjakdygyny aýtdylar.
Şol gün şäheriň ähli köçelerinde baýramçylyk ruhy höküm sürdi.
Bu ädim ýurduň halkara abraýyny has-da artdyrar.
Okuw ýylynyň ahyrynda okuwçylar synag tabşyrarlar.
Ýer titremesi netijesinde weýrançylyk bolmady.
Biz hemmämiz bu üstünlik bilen buýsanýarys.
Sen hem biziň bilen gitmek isleýärmiň?
Men bu kitaby geçen ýyl okadym.
Onuň maşgalasy obada ýaşaýar we maldarçylyk bilen meşgullanýar.
Eger howa gowy bolsa, ertir deňze gideris.
Sebäbi bu mesele hemmeleri aladalandyrýar.
Olar entek hem jogap garaşýarlar.
Täze düzgünler birinji ýanwardan güýje girer.
Esasy maksat raýatlaryň durmuş derejesini ýokarlandyrmakdyr.
Serhet geçelgesinde nobatlar emele geldi.
Hiç kim bu karardan razy bolmady.
Ýaşlaryň kitap okamaga bolan gyzyklanmasy barha artýar.
Şu gün gazetleriň köpüsi saýlaw barada ýazýar.
Ýylyň ahyryna çenli ýüz kilometr täze ýol gurlar.
Mundan başga-da, çärä daşary ýurtly myhmanlar hem gatnaşdylar.
Pagta ýygymy möwsümi başlandy.
Bugdaý ekişine taýýarlyk işleri alnyp barylýar.
Türkmen halysy dünýäde giňden tanalýar.
Gazy eksport etmek boýunça täze turbageçiriji taslamasy ara alnyp maslahatlaşyldy.
`;
