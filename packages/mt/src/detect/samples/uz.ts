/**
 * Uzbek (Latin) sample text for the character trigram profile. The Uzbek Cyrillic profile is
 * derived from this same text by the approximate Latin→Cyrillic rules in `profiles.ts`, plus the
 * hand-written Cyrillic lines in `uz-cyrl.ts`.
 *
 * Format: one sentence a line, general news-style prose on varied topics, written by the Körpü
 * team for this purpose (not copied from any source). Spelling: official 1995 Latin alphabet with
 * oʻ gʻ (U+02BB) and the tutuq ʼ (U+02BC); every apostrophe variant is folded before counting.
 */
export const UZ_SAMPLE = `
Prezident bugun poytaxtda yangi maktab binosining ochilish marosimida ishtirok etdi.
Vazirlar Mahkamasining yigʻilishida iqtisodiyotni rivojlantirish masalalari muhokama qilindi.
Toshkentda ertaga havo harorati oʻn sakkiz darajagacha koʻtariladi.
Milliy terma jamoa navbatdagi oʻyinini kelasi hafta Namanganda oʻtkazadi.
Davlat statistika qoʻmitasi maʼlumotlariga koʻra, yil boshidan buyon eksport hajmi oshdi.
Shahar markazida joylashgan tarixiy binolar taʼmirlanmoqda.
Universitet talabalari xalqaro olimpiadada uchta oltin medal qoʻlga kiritdi.
Yoʻl harakati xavfsizligi xizmati haydovchilarni qor yogʻayotgan paytda ehtiyot boʻlishga chaqirdi.
Sogʻliqni saqlash vazirligi yangi emlash kampaniyasi boshlanganini maʼlum qildi.
Qishloq xoʻjaligida ishlayotgan fermerlarga imtiyozli kreditlar beriladi.
Markaziy bank asosiy stavkani oʻzgarishsiz qoldirishga qaror qildi.
Mamlakatda neft qazib olish oʻtgan oyga nisbatan biroz kamaydi.
Taʼlim tizimidagi islohotlar oʻqituvchilarning maoshini oshirishni nazarda tutadi.
Samarqand shahrida yangi sport majmuasi qurilishi yakunlandi.
Oʻzbekiston va Ozarbayjon oʻrtasidagi savdo aylanmasi sezilarli darajada oʻsdi.
Kecha kechqurun boʻlib oʻtgan konsertda taniqli xonandalar chiqish qildi.
Meteorologlar viloyatlarda kuchli shamol esishini bashorat qilmoqda.
Vazirning taʼkidlashicha, loyiha ikki yil ichida yakunlanadi.
Bu yil mamlakatga kelgan sayyohlar soni oʻtgan yilga qaraganda koʻp.
Hukumat kichik va oʻrta biznesni qoʻllab-quvvatlash uchun yangi dastur tayyorlamoqda.
Orol dengizi muammosi xalqaro anjumanda yana muhokama qilindi.
Sud ishni koʻrib chiqishni kelasi oyga qoldirdi.
Navoiydagi zavodda ishlab chiqarish hajmi ikki baravar oshirildi.
Olimlar qadimiy manzilgohda qiziqarli topilmalarni aniqladi.
Davlat rahbari xorijiy davlatlarning elchilarini qabul qildi.
Yangi oʻquv yilida maktablarga yuz minglab oʻquvchi qabul qilinadi.
Futbol boʻyicha Oʻzbekiston chempionatida yetakchilar oʻzgarmadi.
Kompaniya kelajakda qayta tiklanuvchi energiya manbalariga koʻproq sarmoya kiritishni rejalashtirmoqda.
Parlamentning kuzgi sessiyasida bir qator qonun loyihalari qabul qilinadi.
Koʻrgazmada zamonaviy rassomlarning yuzdan ortiq asari namoyish etilmoqda.
Hokimlik vakillari aholi bilan uchrashuv oʻtkazdi.
Ekspertlarning fikricha, narxlarning oshishi yil oxirigacha davom etadi.
Xorazmda suv taʼminoti tizimi qayta qurilmoqda.
Aeroportda yoʻlovchilar oqimi ortgani kuzatilmoqda.
Bolalar salomatligi uchun ota-onalar yanada ehtiyotkor boʻlishlari kerak.
Jahon bozorida neft narxi yana qimmatladi.
Yangi metro bekatining ochilishi kelgusi yilga rejalashtirilgan.
Anjumanda iqlim oʻzgarishining taʼsiri haqida maʼruzalar tinglandi.
Kasalxonaga keltirilgan jarohatlanganlarning ahvoli qoniqarli deb baholanmoqda.
Teatrning yangi mavsumi mumtoz asar sahnalashtirilishi bilan ochiladi.
Buxoroda oʻtkazilgan festivalga minglab mehmonlar tashrif buyurdi.
Mutaxassislar sunʼiy intellektning mehnat bozoriga taʼsirini oʻrganmoqda.
Ushbu loyiha yoshlar bandligini oshirishga qaratilgan.
Davlat byudjeti daromadlari prognozdan yuqori boʻldi.
Qoʻmita raisi jurnalistlarning savollariga javob berdi.
Yoz oylarida elektr energiyasiga boʻlgan talab keskin oshadi.
Hududda yongʻin sodir boʻldi, jabrlanganlar yoʻq.
Kutubxonada yangi oʻquv zali foydalanishga topshirildi.
Xalqaro tashkilot delegatsiyasi mintaqaga tashrif bilan kelgan.
Qarorga koʻra, davlat xizmatchilarining ish haqi oshiriladi.
Olimlar yangi dori vositasining sinovlarini muvaffaqiyatli yakunladi.
Qishloqlarda internet xizmati sifati yaxshilanmoqda.
Oʻzbekistonlik kurashchilar Osiyo chempionatida ikkita medal qoʻlga kiritdi.
Respublikada paxta terimi mavsumi boshlandi.
Bu haqda vazirlik matbuot xizmati xabar berdi.
Shaharda yangi bogʻlar barpo etish ishlari davom ettirilmoqda.
Tadbirkorlar soliq imtiyozlarini uzaytirishni soʻradi.
Xavfsizlik kuchlari chegarada nazoratni kuchaytirdi.
Ekologiya vazirligi daraxt ekish aksiyasini oʻtkazdi.
Qish mavsumida togʻ kurortlariga qiziqish ortadi.
Sportchilar Olimpiya oʻyinlariga tayyorgarlik doirasida oʻquv-mashgʻulot yigʻinini oʻtkazmoqda.
Bank sektorida kredit portfeli oʻtgan yilga nisbatan oʻn foizga oshdi.
Tanlov gʻoliblari dekabr oyida taqdirlanadi.
Yangi avtobus yoʻnalishlari aholiga qulaylik yaratish maqsadida ochildi.
Mamlakat iqtisodiyoti yilning birinchi yarmida uch foizga oʻsdi.
Yosh dasturchilar uchun bepul oʻquv kurslari tashkil etilmoqda.
Tarixchilar shahar oʻtmishi haqida yangi kitob nashr ettirdi.
Mavsumning ilk qori togʻli tumanlarda yogʻdi.
Temir yoʻl liniyasini qayta qurish uchun tender eʼlon qilindi.
Tashqi ishlar vazirligi bayonot tarqatib, voqeani qoraladi.
Kinoteatrlarda mahalliy rejissyorning yangi filmi namoyish etilmoqda.
Shifokorlar issiq havoda koʻproq suv ichishni tavsiya qiladi.
Tirbandlikni kamaytirish maqsadida ayrim koʻchalarda harakat tartibi oʻzgartirildi.
Festival doirasida maqom ustalarining konserti boʻlib oʻtadi.
Talabalar amaliyot oʻtash uchun xorijiy kompaniyalarga yuborilmoqda.
Rasmiy maʼlumotlarga koʻra, ishsizlik darajasi pasaydi.
Fargʻona vodiysida bogʻdorchilik maydonlari kengaytirilmoqda.
Yangi qonun jamoat joylarida chekishni taqiqlaydi.
Shaxmatchimiz xalqaro turnirda birinchi oʻrinni egalladi.
Bu masala yuzasidan muhokamalar hali davom etmoqda.
Aholi gaz taʼminotidagi uzilishlardan shikoyat qilmoqda.
Ekspeditsiya aʼzolari togʻ choʻqqisiga chiqishga muvaffaq boʻldi.
Uning soʻzlariga koʻra, investitsiyalarning asosiy qismi sanoatga yoʻnaltiriladi.
Tadbirda soʻzga chiqqanlar madaniy merosni asrash muhimligini taʼkidladi.
Keksalar uchun ijtimoiy xizmat markazi ochildi.
Qoʻshni davlatlar bilan energetika loyihalari boʻyicha hamkorlik kengaymoqda.
Mustaqillik maydonida bayram konserti tashkil etiladi.
Dunyoning turli mamlakatlaridan kelgan olimlar simpoziumda qatnashmoqda.
Jamoaning bosh murabbiyi oʻyindan soʻng matbuot anjumani oʻtkazdi.
Sel oqibatida bir nechta qishloqning yoʻllari yopildi.
Oʻtgan tunda shaharda kuchli yomgʻir yogʻdi.
Davlat dasturi hududlarni ijtimoiy-iqtisodiy rivojlantirishni nazarda tutadi.
Oshpazlar milliy taomlarning eng mashhurlarini taqdim etdi.
Vazirlik maktab oʻquvchilari uchun yozgi oromgohlar tashkil etadi.
Korxona yuzlab yangi ish oʻrinlarini yaratdi.
Raqamli xizmatlar soni yildan-yilga ortib bormoqda.
Koʻrgazmaga kelganlar gilamdoʻz ustalarning ishlari bilan tanishdi.
Inson huquqlari boʻyicha vakil hisobotini parlamentga taqdim etdi.
Aholini roʻyxatga olish kelasi yili oʻtkaziladi.
Shahar aholisi yangi koʻprik qurilishini intiqlik bilan kutmoqda.
Shu yilning sentabr oyida hosil yigʻimi rekord darajaga yetdi.
Har ikki tomon muzokaralarni davom ettirishga kelishib oldi.
Militsiya voqea yuzasidan jinoyat ishi qoʻzgʻatdi.
Yagona interaktiv davlat xizmatlari portalida yangi xizmatlar paydo boʻldi.
Mamlakatdagi eng katta suv omborida suv sathi pasaydi.
Kelajak avlodlar uchun tabiatni asrash barchamizning burchimizdir.
Kompaniya rahbari yangi strategiyani taqdim etdi.
Yosh oilalarga uy-joy sotib olish uchun ipoteka krediti berilmoqda.
Togʻli hududlarda yoʻllar qordan tozalanmoqda.
Poygada qatnashgan velosipedchilar yuz kilometrlik masofani bosib oʻtdi.
Adliya vazirligi notarial xizmatlarni elektronlashtirishni davom ettirmoqda.
Muzeyda qadimiy tangalardan iborat koʻrgazma ochildi.
Respublikada gʻalla ekish uchun tayyorgarlik ishlari olib borilmoqda.
Xabar qilinganidek, uchrashuv kelgusi hafta boʻlib oʻtadi.
Sugʻurta kompaniyalari yangi mahsulotlarni taklif qilmoqda.
Turistik kompaniyalar yozgi mavsumga tayyorlanmoqda.
Chorvoq suv ombori atrofidagi dam olish maskanlari sayyohlarni jalb qilmoqda.
Xalqaro aeroportda yangi terminal quriladi.
Maʼlumotda aytilishicha, tekshiruv davomida qator kamchiliklar aniqlangan.
Maktabgacha taʼlim muassasalari soni koʻpaytirilmoqda.
Kelasi oydan kommunal xizmatlar tariflari oʻzgaradi.
Milliy neft kompaniyasi yangi kon topilganini maʼlum qildi.
Mutaxassislarning fikricha, aholi daromadlari oʻsishda davom etadi.
Kecha boʻlib oʻtgan oʻyinda jamoamiz raqibini ikki gol bilan magʻlub etdi.
Yozuvchining yangi romani kitobxonlar tomonidan qiziqish bilan kutib olindi.
Oziq-ovqat mahsulotlari narxlari ustidan nazorat kuchaytirildi.
Yevropa Ittifoqi bilan aloqalarni rivojlantirish muhokama qilindi.
Harbiy xizmatchilarga yangi uylar berildi.
Qurilish sohasida ish haqi oshdi.
Bogʻchalarda bolalarning ovqatlanishiga alohida eʼtibor qaratilmoqda.
Hukumat vakillari va kasaba uyushmalari oʻrtasida muzokaralar olib borilmoqda.
Kosmik sunʼiy yoʻldoshni orbitaga chiqarish muvaffaqiyatli amalga oshirildi.
Shahar kengashi aʼzolari obodonlashtirish rejasini tasdiqladi.
Hamshiralar uchun qoʻshimcha malaka oshirish kurslari tashkil etildi.
Avtomobil zavodi yangi rusumdagi mashinalarni ishlab chiqarishni boshladi.
Chorvoq gidroelektr stansiyasida taʼmirlash ishlari olib borilmoqda.
Aktyorning yubileyi munosabati bilan xotira kechasi oʻtkazildi.
Kompyuter oʻyinlari boʻyicha turnirda yuzlab yoshlar bellashdi.
Mamlakatimizda yashil energetikaga oʻtish jarayoni jadallashmoqda.
Har yili minglab yoshlar oliy taʼlim muassasalariga qabul qilinadi.
Ular ishlar oʻz vaqtida yakunlanishini bildirdi.
Poytaxtda uy-joy narxlari yana qimmatladi.
Oʻsha kuni shaharning barcha koʻchalarida bayramona kayfiyat hukm surdi.
Vazir oʻrinbosari viloyatlarga borib, mahalliy aholi bilan uchrashdi.
Bu qadam mamlakatning xalqaro obroʻsini yanada oshiradi.
Qurilish materiallari narxlari barqaror qoldi.
Xotin-qizlar tadbirkorligini qoʻllab-quvvatlash uchun jamgʻarma tashkil etildi.
Mahalliy ishlab chiqaruvchilarning mahsulotlari xorijiy bozorlarga chiqarilmoqda.
Oʻquv yili oxirida oʻquvchilar imtihon topshiradi.
Milliy universitetda ilmiy konferensiya boʻlib oʻtdi.
Yashil hududlarni koʻpaytirish uchun minglab daraxt ekildi.
Zilzila oqibatida vayronagarchilik kuzatilmadi.
Biz hammamiz bu yutuq bilan faxrlanamiz.
Sen ham biz bilan borishni xohlaysanmi?
Men bu kitobni oʻtgan yili oʻqiganman.
Uning oilasi qishloqda yashaydi va chorvachilik bilan shugʻullanadi.
Qaysi yoʻl bilan borish tezroq?
Qizlar hovlida oʻynayapti, oʻgʻil bolalar esa dars tayyorlayapti.
Agar havo yaxshi boʻlsa, ertaga dengizga boramiz.
Chunki bu masala hammani tashvishga solmoqda.
Mana uch yildirki, shu kompaniyada ishlayman.
Ular hali ham javob kutishmoqda.
Yangi qoidalar birinchi yanvardan kuchga kiradi.
Asosiy maqsad fuqarolarning turmush darajasini oshirishdan iborat.
Loyiha qiymati taxminan ellik million dollarga baholanmoqda.
Chegara oʻtish punktida navbatlar paydo boʻldi.
Oʻtgan hafta davomida kasallanish holatlari soni kamaydi.
Hech kim bu qarordan mamnun boʻlmadi.
Bularning barchasi islohotlar oʻz samarasini berayotganini koʻrsatadi.
Yoshlarning kitob oʻqishga qiziqishi tobora ortib bormoqda.
Bugun gazetalarning aksariyati saylov haqida yozmoqda.
Mahalliy hokimliklar fuqarolarning murojaatlarini koʻrib chiqmoqda.
Fuqarolar yangi shaxsiy guvohnomalarni onlayn tarzda olishlari mumkin.
Mobil aloqa operatorlari 5G tarmogʻi sinovlarini boshladi.
Jahon banki mamlakatga yangi kredit ajratdi.
Bogʻchalardagi navbatlar qisqartirildi.
Prokuratura mazkur holat yuzasidan tekshiruv oʻtkazmoqda.
Xalq artisti sakson yoshida vafot etdi.
Yil oxirigacha yuz kilometr yangi yoʻl quriladi.
Prezident farmoniga muvofiq, pensiyalar miqdori oshirildi.
Mahallalarda yoshlar bilan ishlash tizimi takomillashtirilmoqda.
Bu borada tegishli vazirlik va idoralarga topshiriqlar berildi.
Eksport qilinayotgan meva-sabzavotlar hajmi ortmoqda.
Toshkent shahrida yangi koʻp qavatli uylar qurilmoqda.
Hozirgi kunda respublikada oʻn mingdan ortiq fermer xoʻjaligi faoliyat yuritmoqda.
Unga koʻra, yangi tartib kelgusi yildan joriy etiladi.
Shuningdek, tadbirda xorijlik mehmonlar ham ishtirok etdi.
Bundan tashqari, hududda yangi kasalxona qurilishi rejalashtirilgan.
Hozir ishdan qaytyapman, yarim soatda uyda bo'laman.
Biz ertaga ertalab bozorga boramiz.
Siz qachon qaytasiz?
Men sizni yaxshi tushunyapman, lekin boshqa iloj yoʻq.
U hali ham kasalxonada yotibdi.
Ukam universitetda huquqshunoslikni oʻqiyapti.
Bu yerda nima qilyapsan?
Ertaga yomgʻir yogʻmasa, togʻga chiqmoqchimiz.
Onam bizga palov pishirib berdi.
Do'stlarim bilan kinoga bormoqchiman.
Nega menga oldinroq aytmading?
Kecha butun kun uyda dam oldim.
Ular yangi uyga koʻchib oʻtishdi.
Telefoningizni oʻchirib qoʻying, iltimos.
Bizning mahallamizda yangi maktab qurilyapti.
`;
