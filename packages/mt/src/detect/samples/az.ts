/**
 * Azerbaijani (Latin) sample text for the character trigram profile.
 *
 * Format: one sentence a line, general news-style prose on varied topics, written by the Körpü
 * team for this purpose (not copied from any source). Only the statistics of the text matter;
 * keep spelling standard (ə, ı, ğ, ş, ç, ö, ü, q, x) and add new lines freely.
 */
export const AZ_SAMPLE = `
Prezident bu gün paytaxtda yeni məktəb binasının açılış mərasimində iştirak edib.
Nazirlər Kabinetinin iclasında iqtisadiyyatın inkişafı ilə bağlı məsələlər müzakirə olunub.
Bakıda sabah havanın temperaturu on səkkiz dərəcəyə qədər yüksələcək.
Milli komanda növbəti oyununu gələn həftə Qəbələdə keçirəcək.
Dövlət Statistika Komitəsinin məlumatına görə, ilin əvvəlindən ixracın həcmi artıb.
Şəhərin mərkəzində yerləşən tarixi binalar bərpa edilir.
Universitetin tələbələri beynəlxalq olimpiadada üç qızıl medal qazanıblar.
Yol polisi sürücüləri qar yağışı zamanı ehtiyatlı olmağa çağırır.
Səhiyyə Nazirliyi yeni peyvənd kampaniyasına start verdiyini açıqlayıb.
Kənd təsərrüfatı sahəsində çalışan fermerlərə güzəştli kreditlər veriləcək.
Mərkəzi Bank uçot dərəcəsini dəyişməz saxlamaq qərarına gəlib.
Ölkənin neft hasilatı ötən ayla müqayisədə bir qədər azalıb.
Təhsil sistemində aparılan islahatlar müəllimlərin maaşlarının artırılmasını nəzərdə tutur.
Gəncə şəhərində yeni idman kompleksinin tikintisi başa çatıb.
Azərbaycan və Özbəkistan arasında ticarət dövriyyəsi xeyli artıb.
Dünən axşam keçirilən konsertdə tanınmış müğənnilər çıxış ediblər.
Meteoroloqlar bölgələrdə güclü külək əsəcəyini proqnozlaşdırırlar.
Nazir qeyd edib ki, layihə iki il ərzində tamamlanacaq.
Bu il ölkəyə gələn turistlərin sayı əvvəlki illə müqayisədə çoxdur.
Hökumət kiçik və orta sahibkarlığı dəstəkləmək üçün yeni proqram hazırlayır.
Xəzər dənizində balıq ovu müvəqqəti olaraq qadağan edilib.
Məhkəmə işə baxılmasını gələn aya təxirə salıb.
Sumqayıtda yerləşən zavodda istehsal həcmi iki dəfə artırılıb.
Elm adamları qədim yaşayış məskənində maraqlı tapıntılar aşkar ediblər.
Dövlət başçısı xarici ölkələrin səfirlərini qəbul edib.
Yeni tədris ilində məktəblərə yüz minlərlə şagird qəbul olunacaq.
Futbol üzrə Azərbaycan çempionatında liderlər dəyişməyib.
Şirkət gələcəkdə bərpa olunan enerji mənbələrinə daha çox sərmayə qoymağı planlaşdırır.
Parlamentin payız sessiyasında bir sıra qanun layihələri qəbul ediləcək.
Sərgidə müasir rəssamların yüzdən artıq əsəri nümayiş olunur.
İcra hakimiyyətinin nümayəndələri sakinlərlə görüş keçiriblər.
Ekspertlər hesab edir ki, qiymətlərin artımı ilin sonuna qədər davam edəcək.
Naxçıvanda su təchizatı sistemi yenidən qurulur.
Hava limanında sərnişin axınının artması müşahidə olunur.
Uşaqların sağlamlığı üçün valideynlər daha diqqətli olmalıdırlar.
Neft qiymətləri dünya bazarında yenidən bahalaşıb.
Yeni metro stansiyasının açılışı gələn ilə planlaşdırılır.
Konfransda iqlim dəyişikliyinin təsirləri haqqında məruzələr dinlənilib.
Xəstəxanaya gətirilən yaralıların vəziyyəti qənaətbəxş hesab olunur.
Teatrın yeni mövsümü klassik əsərin tamaşası ilə açılacaq.
Şəkidə keçirilən festivala minlərlə qonaq gəlib.
Mütəxəssislər süni intellektin əmək bazarına təsirini öyrənirlər.
Bu layihə gənclərin məşğulluğunu artırmaq məqsədi daşıyır.
Dövlət büdcəsinin gəlirləri proqnozdan yüksək olub.
Komitə sədri jurnalistlərin suallarını cavablandırıb.
Yay aylarında elektrik enerjisinə tələbat kəskin artır.
Ərazidə yanğın baş verib, xəsarət alan yoxdur.
Kitabxanada yeni oxu zalı istifadəyə verilib.
Beynəlxalq təşkilatın nümayəndə heyəti regionda səfərdədir.
Qərara əsasən, dövlət qulluqçularının maaşları artırılacaq.
Alimlər yeni dərman preparatının sınaqlarını uğurla başa vurublar.
Kəndlərdə internet xidmətinin keyfiyyəti yaxşılaşdırılır.
Azərbaycan güləşçiləri Avropa çempionatında iki medal qazanıblar.
Ölkədə pambıq yığımı mövsümü başlayıb.
Bu barədə nazirliyin mətbuat xidmətindən məlumat verilib.
Şəhərdə yeni parkların salınması davam etdirilir.
Sahibkarlar vergi güzəştlərinin uzadılmasını xahiş ediblər.
Təhlükəsizlik qüvvələri sərhəddə nəzarəti gücləndiriblər.
Ekologiya və Təbii Sərvətlər Nazirliyi meşəsalma aksiyası keçirib.
Qış mövsümündə dağ kurortlarına maraq artır.
İdmançılar Olimpiya Oyunlarına hazırlıq çərçivəsində təlim toplanışı keçirirlər.
Bank sektorunda kredit portfeli ötən ilə nisbətən on faiz artıb.
Müsabiqənin qalibləri dekabr ayında mükafatlandırılacaq.
Şuşada bərpa işləri sürətlə davam edir.
Yeni avtobus marşrutları sakinlərin rahatlığı üçün yaradılıb.
Ölkə iqtisadiyyatı ilin birinci yarısında üç faiz böyüyüb.
Gənc proqramçılar üçün pulsuz təlim kursları təşkil olunur.
Tarixçilər şəhərin keçmişinə dair yeni kitab nəşr etdiriblər.
Mövsümün ilk qarı dağlıq rayonlarda yağıb.
Dəmir yolu xəttinin yenidən qurulması üçün tender elan olunub.
Xarici İşlər Nazirliyi bəyanat yayaraq hadisəni pisləyib.
Kinoteatrlarda yerli rejissorun yeni filmi nümayiş olunur.
Sahil boyunca yeni bulvar salınacaq.
Həkimlər isti havada çox su içməyi tövsiyə edirlər.
Nəqliyyat sıxlığını azaltmaq üçün bəzi küçələrdə hərəkət qaydası dəyişdirilib.
Festival çərçivəsində muğam ustalarının konserti keçiriləcək.
Tələbələr təcrübə keçmək üçün xarici şirkətlərə göndərilir.
Rəsmi məlumata görə, işsizlik səviyyəsi azalıb.
Lənkəran bölgəsində çay plantasiyaları genişləndirilir.
Yeni qanun ictimai yerlərdə siqaret çəkməyi qadağan edir.
Şahmatçımız beynəlxalq turnirdə birinci yeri tutub.
Bu məsələ ilə bağlı müzakirələr hələ davam edir.
Bakı Ağ Şəhər layihəsi çərçivəsində yeni yaşayış kompleksləri tikilir.
Sakinlər qaz təchizatındakı fasilələrdən şikayət edirlər.
Ekspedisiya üzvləri dağın zirvəsinə qalxmağı bacarıblar.
Onun sözlərinə görə, sərmayələrin əsas hissəsi qeyri-neft sektoruna yönəldiləcək.
Tədbirdə çıxış edənlər mədəni irsin qorunmasının vacibliyini vurğulayıblar.
Yaşlı insanlar üçün sosial xidmət mərkəzi açılıb.
Qonşu ölkələrlə enerji layihələri üzrə əməkdaşlıq genişlənir.
Fəvvarələr meydanında bayram konserti təşkil olunacaq.
Dünyanın müxtəlif ölkələrindən gələn alimlər simpoziumda iştirak edirlər.
Komandanın baş məşqçisi oyundan sonra mətbuat konfransı keçirib.
Daşqın nəticəsində bir neçə kəndin yolları bağlanıb.
Ötən gecə şəhərdə güclü yağış yağıb.
Dövlət proqramı regionların sosial-iqtisadi inkişafını nəzərdə tutur.
Aşpazlar milli mətbəxin ən məşhur yeməklərini təqdim ediblər.
Nazirlik məktəblilər üçün yay düşərgələri təşkil edəcək.
Müəssisə yüzlərlə yeni iş yeri yaradıb.
Rəqəmsal xidmətlərin sayı ildən-ilə artır.
Sərgiyə gələnlər xalça ustalarının işləri ilə tanış olublar.
İnsan hüquqları üzrə müvəkkil hesabatını parlamentə təqdim edib.
Əhalinin siyahıyaalınması gələn il keçiriləcək.
Şəhər sakinləri yeni körpünün tikintisini səbirsizliklə gözləyirlər.
Bu ilin sentyabr ayında məhsul yığımı rekord həddə çatıb.
Hər iki tərəf danışıqların davam etdirilməsinə razılıq verib.
Polis hadisə ilə bağlı cinayət işi başladıb.
Elektron hökumət portalında yeni xidmətlər əlçatan olub.
Ölkənin ən böyük su anbarında suyun səviyyəsi aşağı düşüb.
Gələcək nəsillər üçün təbiəti qorumaq hamımızın borcudur.
Şirkətin rəhbəri yeni strategiyanı təqdim edib.
Cavan ailələrə mənzil almaq üçün ipoteka krediti verilir.
Dağlıq ərazilərdə yollar qardan təmizlənir.
Yarışda iştirak edən velosipedçilər yüz kilometrlik məsafəni qət ediblər.
Ədliyyə Nazirliyi notariat xidmətlərinin elektronlaşdırılmasını davam etdirir.
Muzeydə qədim sikkələrdən ibarət sərgi açılıb.
Qarabağda yeni yaşayış məntəqələri salınır.
Respublikada taxıl əkini üçün hazırlıq işləri aparılır.
Xəbər verildiyi kimi, görüş gələn həftə baş tutacaq.
Sığorta şirkətləri yeni məhsullar təklif edirlər.
Turizm şirkətləri yay mövsümünə hazırlaşırlar.
Göygöl milli parkı ziyarətçilərin diqqətini cəlb edir.
Beynəlxalq aeroportda yeni terminal tikiləcək.
Məlumatda deyilir ki, yoxlama zamanı bir sıra nöqsanlar aşkarlanıb.
Məktəbəqədər təhsil müəssisələrinin sayı artırılır.
Gələn ay kommunal xidmətlərin tarifləri dəyişəcək.
Dövlət Neft Şirkəti yeni yatağın kəşf olunduğunu bildirib.
Mütəxəssislərin fikrincə, əhalinin gəlirləri artmaqda davam edəcək.
Dünən keçirilən matçda komandamız rəqibini iki qolla məğlub edib.
Yazıçının yeni romanı oxucular tərəfindən maraqla qarşılanıb.
Ərzaq məhsullarının qiymətlərinə nəzarət gücləndirilib.
Avropa İttifaqı ilə əlaqələrin inkişafı müzakirə olunub.
Heydər Əliyev Mərkəzində beynəlxalq sərgi açılıb.
Hərbi qulluqçulara yeni mənzillər verilib.
İnşaat sektorunda əmək haqları yüksəlib.
Bağçalarda uşaqların qidalanmasına xüsusi diqqət yetirilir.
Hökumət nümayəndələri ilə həmkarlar ittifaqları arasında danışıqlar aparılır.
Kosmik peykin orbitə çıxarılması uğurla həyata keçirilib.
Bələdiyyə üzvləri şəhərin abadlaşdırılması planını təsdiqləyiblər.
Tibb bacıları üçün əlavə ixtisasartırma kursları təşkil edilib.
Maşınqayırma zavodu yeni traktorların istehsalına başlayıb.
Mingəçevir su elektrik stansiyasında təmir işləri aparılır.
Bakı limanından yük daşımaları artıb.
Aktyorun yubileyi münasibətilə xatirə gecəsi keçirilib.
Kompüter oyunları üzrə turnirdə yüzlərlə gənc yarışıb.
Ölkəmizdə yaşıl enerjiyə keçid prosesi sürətlənir.
Hər il minlərlə gənc ali məktəblərə qəbul olunur.
Onlar bildiriblər ki, işlər vaxtında başa çatdırılacaq.
Mənzil qiymətləri paytaxtda yenidən bahalaşıb.
Həmin gün şəhərin bütün küçələrində bayram əhval-ruhiyyəsi hökm sürürdü.
Nazir müavini regionlara səfər edərək yerli sakinlərlə görüşüb.
Bu addım ölkənin beynəlxalq nüfuzunu daha da artıracaq.
Tikinti materiallarının qiymətləri sabit qalıb.
Qadınların sahibkarlıq fəaliyyətinə dəstək verilməsi üçün fond yaradılıb.
Yerli istehsalçıların məhsulları xarici bazarlara çıxarılır.
Dərs ilinin sonunda şagirdlər imtahan verəcəklər.
Bakı Dövlət Universitetində elmi konfrans keçirilib.
Yaşıllıq zolaqlarının artırılması üçün minlərlə ağac əkilib.
Zəlzələ nəticəsində dağıntı olmayıb.
Biz hamımız bu uğurla fəxr edirik.
Sən də bizimlə gəlmək istəyirsənmi?
Mən bu kitabı ötən il oxumuşam.
Onun ailəsi kənddə yaşayır və heyvandarlıqla məşğuldur.
Hansı yolla getmək daha tezdir?
Qızlar həyətdə oynayır, oğlanlar isə dərs hazırlayırdılar.
Əgər hava yaxşı olsa, sabah dənizə gedəcəyik.
Çünki bu məsələ hamını narahat edir.
Artıq üç ildir ki, bu şirkətdə işləyirəm.
Onlar hələ də cavab gözləyirlər.
Yeni qaydalar yanvarın birindən qüvvəyə minəcək.
Əsas məqsəd vətəndaşların həyat səviyyəsini yüksəltməkdir.
Layihənin dəyəri təxminən əlli milyon manat qiymətləndirilir.
Sərhəd keçid məntəqəsində növbələr yaranıb.
Ötən həftə ərzində yoluxma hallarının sayı azalıb.
Heç kim bu qərardan razı qalmayıb.
Bütün bunlar göstərir ki, islahatlar öz bəhrəsini verir.
Gənclərin kitab oxumağa marağı getdikcə artır.
Bu gün qəzetlərin əksəriyyəti seçkiləri yazır.
Yerli icra orqanları sakinlərin müraciətlərinə baxır.
Vətəndaşlar yeni şəxsiyyət vəsiqələrini onlayn qaydada ala bilərlər.
Mobil operatorlar 5G şəbəkəsinin sınaqlarına başlayıblar.
Dünya Bankı ölkəyə yeni kredit ayırıb.
Uşaq bağçalarında növbələr azaldılıb.
Prokurorluq faktla bağlı araşdırma aparır.
Xalq artisti səksən yaşında vəfat edib.
İlin sonunadək yüz kilometr yeni yol salınacaq.
Ərazidə minatəmizləmə işləri davam etdirilir.
İndi işdən qayıdıram, yarım saata evdə olacağam.
Biz sabah səhər bazara gedəcəyik.
Siz nə vaxt qayıdırsınız?
Mən sizi yaxşı başa düşürəm, amma başqa çarə yoxdur.
O hələ də xəstəxanada yatır.
Qardaşım universitetdə hüquq oxuyur.
Burada nə edirsən?
Sabah yağış yağmasa, dağa çıxmaq istəyirik.
Anam bizə plov bişirdi.
Dostlarımla kinoya getmək istəyirəm.
Niyə mənə əvvəlcədən demədin?
Dünən bütün günü evdə dincəldim.
Onlar yeni evə köçüblər.
Zəhmət olmasa, telefonunuzu söndürün.
Bizim məhəllədə yeni məktəb tikilir.
`;
