/**
 * Turkish sample text for the character trigram profile.
 *
 * Format: one sentence a line, general news-style prose on varied topics, written by the Körpü
 * team for this purpose (not copied from any source). Standard Turkish spelling (ı, ğ, ş, ç, ö,
 * ü, â), with the apostrophe before suffixes on proper names.
 */
export const TR_SAMPLE = `
Cumhurbaşkanı bugün başkentte yeni bir okul binasının açılış törenine katıldı.
Bakanlar Kurulu toplantısında ekonominin gelişmesiyle ilgili konular ele alındı.
İstanbul'da yarın hava sıcaklığının on sekiz dereceye kadar yükselmesi bekleniyor.
Milli takım bir sonraki maçını gelecek hafta Ankara'da oynayacak.
Türkiye İstatistik Kurumu'nun verilerine göre, yılbaşından bu yana ihracat arttı.
Şehir merkezinde bulunan tarihi binalar restore ediliyor.
Üniversite öğrencileri uluslararası olimpiyatta üç altın madalya kazandı.
Trafik polisi sürücüleri kar yağışı sırasında dikkatli olmaya çağırdı.
Sağlık Bakanlığı yeni bir aşı kampanyası başlattığını açıkladı.
Tarım sektöründe çalışan çiftçilere düşük faizli krediler verilecek.
Merkez Bankası politika faizini sabit tutma kararı aldı.
Ülkenin petrol üretimi geçen aya göre bir miktar azaldı.
Eğitim sistemindeki reformlar öğretmen maaşlarının artırılmasını öngörüyor.
İzmir'de yeni spor kompleksinin inşaatı tamamlandı.
Türkiye ile Azerbaycan arasındaki ticaret hacmi önemli ölçüde arttı.
Dün akşam düzenlenen konserde ünlü sanatçılar sahne aldı.
Meteoroloji uzmanları bölgelerde kuvvetli rüzgâr beklendiğini bildirdi.
Bakan, projenin iki yıl içinde tamamlanacağını söyledi.
Bu yıl ülkeye gelen turist sayısı geçen yıla göre daha fazla.
Hükümet küçük ve orta ölçekli işletmeleri desteklemek için yeni bir program hazırlıyor.
Karadeniz'de balık avı geçici olarak yasaklandı.
Mahkeme davanın görülmesini gelecek aya erteledi.
Bursa'daki fabrikada üretim hacmi iki katına çıkarıldı.
Bilim insanları antik yerleşim yerinde ilginç buluntular ortaya çıkardı.
Devlet başkanı yabancı ülkelerin büyükelçilerini kabul etti.
Yeni eğitim yılında okullara yüz binlerce öğrenci kayıt yaptıracak.
Süper Lig'de liderlik yarışı kızışıyor.
Şirket gelecekte yenilenebilir enerji kaynaklarına daha fazla yatırım yapmayı planlıyor.
Meclisin sonbahar döneminde bir dizi kanun teklifi görüşülecek.
Sergide çağdaş ressamların yüzden fazla eseri sergileniyor.
Belediye yetkilileri mahalle sakinleriyle bir araya geldi.
Uzmanlar, fiyat artışının yıl sonuna kadar süreceğini düşünüyor.
Kayseri'de içme suyu şebekesi yenileniyor.
Havalimanında yolcu trafiğinin arttığı gözlemleniyor.
Çocukların sağlığı için ailelerin daha dikkatli olması gerekiyor.
Petrol fiyatları dünya piyasalarında yeniden yükseldi.
Yeni metro istasyonunun açılışı gelecek yıl için planlanıyor.
Konferansta iklim değişikliğinin etkileri üzerine sunumlar yapıldı.
Hastaneye kaldırılan yaralıların durumunun iyi olduğu bildirildi.
Tiyatronun yeni sezonu klasik bir eserin sahnelenmesiyle açılacak.
Kapadokya'da düzenlenen festivale binlerce ziyaretçi geldi.
Uzmanlar yapay zekânın iş piyasasına etkisini araştırıyor.
Bu proje gençlerin istihdamını artırmayı amaçlıyor.
Merkezi yönetim bütçesinin gelirleri beklentilerin üzerinde gerçekleşti.
Komisyon başkanı gazetecilerin sorularını yanıtladı.
Yaz aylarında elektriğe olan talep hızla artıyor.
Bölgede yangın çıktı, yaralanan olmadı.
Kütüphanede yeni bir okuma salonu hizmete açıldı.
Uluslararası kuruluşun heyeti bölgede temaslarda bulunuyor.
Karara göre, kamu çalışanlarının maaşlarına zam yapılacak.
Araştırmacılar yeni ilacın klinik deneylerini başarıyla tamamladı.
Köylerde internet hizmetinin kalitesi iyileştiriliyor.
Türk güreşçiler Avrupa Şampiyonası'nda iki madalya kazandı.
Ülkede pamuk hasadı sezonu başladı.
Konuyla ilgili açıklama bakanlığın basın bürosundan yapıldı.
Şehirde yeni parkların yapımı sürüyor.
İş insanları vergi indirimlerinin uzatılmasını talep etti.
Güvenlik güçleri sınırda denetimleri sıkılaştırdı.
Çevre Bakanlığı ağaçlandırma kampanyası düzenledi.
Kış mevsiminde kayak merkezlerine ilgi artıyor.
Sporcular olimpiyatlara hazırlık kapsamında kamp yapıyor.
Bankacılık sektöründe kredi hacmi geçen yıla göre yüzde on arttı.
Yarışmanın kazananları aralık ayında ödüllerini alacak.
Deprem bölgesinde yeniden yapılanma çalışmaları hızla devam ediyor.
Yeni otobüs hatları vatandaşların ulaşımını kolaylaştırmak için oluşturuldu.
Ülke ekonomisi yılın ilk yarısında yüzde üç büyüdü.
Genç yazılımcılar için ücretsiz eğitim kursları düzenleniyor.
Tarihçiler kentin geçmişine ilişkin yeni bir kitap yayımladı.
Mevsimin ilk karı yüksek kesimlere düştü.
Demiryolu hattının yenilenmesi için ihaleye çıkıldı.
Dışişleri Bakanlığı yaptığı açıklamayla saldırıyı kınadı.
Sinemalarda yerli bir yönetmenin yeni filmi gösterimde.
Sahil boyunca yeni bir yürüyüş yolu yapılacak.
Doktorlar sıcak havalarda bol su içilmesini öneriyor.
Trafik yoğunluğunu azaltmak için bazı caddelerde düzenlemeye gidildi.
Festival kapsamında halk müziği sanatçılarının konseri düzenlenecek.
Öğrenciler staj yapmak üzere yurt dışındaki şirketlere gönderiliyor.
Resmi verilere göre işsizlik oranı geriledi.
Rize'de çay tarım alanları genişletiliyor.
Yeni yasa kapalı alanlarda sigara içilmesini yasaklıyor.
Milli satranççımız uluslararası turnuvada birinci oldu.
Bu konudaki görüşmeler hâlâ devam ediyor.
Vatandaşlar doğal gaz kesintilerinden şikâyet ediyor.
Keşif ekibinin üyeleri dağın zirvesine ulaşmayı başardı.
Açıklamaya göre yatırımların büyük bölümü sanayiye yönlendirilecek.
Etkinlikte konuşan isimler kültürel mirasın korunmasının önemine dikkat çekti.
Yaşlılar için yeni bir sosyal hizmet merkezi açıldı.
Komşu ülkelerle enerji projelerinde işbirliği genişliyor.
Taksim Meydanı'nda bayram konseri düzenlenecek.
Dünyanın farklı ülkelerinden gelen bilim insanları sempozyuma katılıyor.
Takımın teknik direktörü maçın ardından basın toplantısı düzenledi.
Sel nedeniyle birçok köyün yolu kapandı.
Dün gece kentte şiddetli yağmur yağdı.
Kalkınma programı bölgelerin sosyal ve ekonomik gelişimini hedefliyor.
Aşçılar Türk mutfağının en sevilen yemeklerini tanıttı.
Bakanlık öğrenciler için yaz kampları düzenleyecek.
Fabrika yüzlerce kişiye yeni iş imkânı sağladı.
Dijital hizmetlerin sayısı her geçen yıl artıyor.
Sergiyi gezenler halı ustalarının eserlerini yakından inceledi.
Kamu Denetçiliği Kurumu yıllık raporunu Meclis'e sundu.
Nüfus sayımı gelecek yıl yapılacak.
Kent sakinleri yeni köprünün tamamlanmasını sabırsızlıkla bekliyor.
Bu yılın eylül ayında hasat rekor seviyeye ulaştı.
İki taraf müzakerelerin sürdürülmesi konusunda uzlaştı.
Polis olayla ilgili soruşturma başlattı.
e-Devlet kapısında yeni hizmetler kullanıma açıldı.
Ülkenin en büyük barajında su seviyesi düştü.
Gelecek nesiller için doğayı korumak hepimizin görevidir.
Şirketin genel müdürü yeni stratejiyi tanıttı.
Genç çiftlere konut alımı için uygun faizli kredi veriliyor.
Yüksek kesimlerdeki yollar kardan temizleniyor.
Yarışa katılan bisikletçiler yüz kilometrelik parkuru tamamladı.
Adalet Bakanlığı noterlik hizmetlerini dijital ortama taşımayı sürdürüyor.
Müzede antik sikkelerden oluşan bir sergi açıldı.
Buğday ekimi için hazırlıklar sürüyor.
Haber verildiği gibi görüşme önümüzdeki hafta gerçekleşecek.
Sigorta şirketleri yeni ürünler sunuyor.
Turizm şirketleri yaz sezonuna hazırlanıyor.
Uluslararası havalimanına yeni bir terminal inşa edilecek.
Açıklamada, denetim sırasında bazı eksiklikler tespit edildiği belirtildi.
Okul öncesi eğitim kurumlarının sayısı artırılıyor.
Önümüzdeki ay elektrik ve doğal gaz tarifeleri değişecek.
Devlet petrol şirketi yeni bir rezerv keşfedildiğini duyurdu.
Uzmanlara göre hane halkı gelirleri artmaya devam edecek.
Dün oynanan maçta takımımız rakibini iki golle mağlup etti.
Yazarın yeni romanı okurlardan büyük ilgi gördü.
Gıda fiyatları üzerindeki denetimler artırıldı.
Avrupa Birliği ile ilişkilerin geliştirilmesi ele alındı.
Askeri personele yeni lojmanlar verildi.
İnşaat sektöründe ücretler yükseldi.
Kreşlerde çocukların beslenmesine özel önem veriliyor.
Hükümet temsilcileri ile sendikalar arasında görüşmeler sürüyor.
Uydunun yörüngeye yerleştirilmesi başarıyla gerçekleştirildi.
Belediye meclisi kentsel dönüşüm planını onayladı.
Hemşireler için ek mesleki eğitim kursları açıldı.
Otomotiv fabrikası yeni model araçların üretimine başladı.
Barajdaki hidroelektrik santralinde bakım çalışmaları yapılıyor.
Limandan yapılan yük taşımacılığı arttı.
Sanatçının jübilesi dolayısıyla bir anma gecesi düzenlendi.
Bilgisayar oyunları turnuvasında yüzlerce genç yarıştı.
Ülkemizde yeşil enerjiye geçiş süreci hızlanıyor.
Her yıl binlerce genç üniversiteye yerleşiyor.
Yetkililer çalışmaların zamanında tamamlanacağını belirtti.
Konut fiyatları büyükşehirlerde yeniden arttı.
O gün şehrin bütün sokaklarında bayram havası vardı.
Bakan yardımcısı illere giderek yerel halkla görüştü.
Bu adım ülkenin uluslararası saygınlığını daha da artıracak.
İnşaat malzemelerinin fiyatları sabit kaldı.
Kadın girişimcilere destek için bir fon kuruldu.
Yerli üreticilerin ürünleri yabancı pazarlara açılıyor.
Ders yılının sonunda öğrenciler sınava girecek.
Ankara Üniversitesi'nde bilimsel bir konferans düzenlendi.
Yeşil alanları artırmak için binlerce fidan dikildi.
Depremde herhangi bir hasar meydana gelmedi.
Hepimiz bu başarıyla gurur duyuyoruz.
Sen de bizimle gelmek ister misin?
Ben bu kitabı geçen yıl okumuştum.
Onun ailesi köyde yaşıyor ve hayvancılıkla uğraşıyor.
Hangi yoldan gitmek daha hızlı?
Kızlar bahçede oynuyor, erkek çocuklar ise ders çalışıyordu.
Eğer hava güzel olursa yarın denize gideceğiz.
Çünkü bu mesele herkesi endişelendiriyor.
Üç yıldır bu şirkette çalışıyorum.
Onlar hâlâ cevap bekliyorlar.
Yeni kurallar ocak ayının birinden itibaren yürürlüğe girecek.
Asıl amaç vatandaşların yaşam standardını yükseltmektir.
Projenin maliyetinin yaklaşık elli milyon lira olduğu tahmin ediliyor.
Sınır kapısında uzun kuyruklar oluştu.
Geçen hafta boyunca vaka sayısı azaldı.
Kimse bu karardan memnun kalmadı.
Bütün bunlar reformların meyvelerini vermeye başladığını gösteriyor.
Gençlerin kitap okumaya ilgisi giderek artıyor.
Bugün gazetelerin çoğu seçimleri manşete taşıdı.
Valilik vatandaşların başvurularını inceliyor.
Vatandaşlar yeni kimlik kartlarını internet üzerinden alabilecek.
Mobil operatörler 5G şebekesinin testlerine başladı.
Dünya Bankası ülkeye yeni bir kredi onayladı.
Savcılık olayla ilgili inceleme başlattı.
Ünlü sanatçı seksen yaşında hayatını kaybetti.
Yıl sonuna kadar yüz kilometre yeni yol yapılacak.
Ayrıca toplantıda yabancı konuklar da yer aldı.
Bunun yanı sıra bölgede yeni bir hastane yapılması planlanıyor.
Açıklamada, kararın oy birliğiyle alındığı ifade edildi.
Kurumun yaptığı araştırmaya göre tüketici güveni azaldı.
Vatandaşların yüzde altmışı yeni düzenlemeyi destekliyor.
Yetkililer, olası bir sel felaketine karşı uyarıda bulundu.
Kentteki kültür merkezi yeniden ziyarete açılıyor.
Şimdi işten dönüyorum, yarım saate kadar evde olurum.
Yarın sabah pazara gideceğiz.
Siz ne zaman döneceksiniz?
Sizi çok iyi anlıyorum ama başka çare yok.
O hâlâ hastanede yatıyor.
Kardeşim üniversitede hukuk okuyor.
Burada ne yapıyorsun?
Yarın yağmur yağmazsa dağa çıkmak istiyoruz.
Annem bize pilav pişirdi.
Arkadaşlarımla sinemaya gitmek istiyorum.
Neden bana daha önce söylemedin?
Dün bütün gün evde dinlendim.
Onlar yeni eve taşındılar.
Lütfen telefonunuzu kapatın.
Mahallemizde yeni bir okul yapılıyor.
`;
