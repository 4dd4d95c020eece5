import { describe, expect, it } from 'vitest';
import { bleu, chrF, formatScore } from './index.js';

// Expected values computed with sacrebleu 2.6.0 (Python) on random corpora drawn from a nasty
// vocabulary: Azerbaijani/Uzbek words, every apostrophe variant, numbers, URLs, HTML entities,
// '<skipped>', '-\n', emoji, combining marks, tabs, NBSP, U+001C, U+0085, U+3000, U+FEFF.
//   BLEU().corpus_score(h, [r]); CHRF().corpus_score(h, [r]);
//   CHRF(word_order=2); CHRF(word_order=2, eps_smoothing=True); CHRF(char_order=4, beta=1)
// Kept inline so the suite needs no Python; regenerate with the same calls if sacrebleu changes.
interface SacrebleuCase {
  hypotheses: string[];
  references: string[];
  bleu: number;
  bleuLine: string;
  chrF: number;
  chrFpp: number;
  chrFppEps: number;
  chrF4beta1: number;
}

const CASES: SacrebleuCase[] = [
  {
    hypotheses: ['#x\u0259b\u0259r  Mirziyoyev / <b>\t', ' a-\nb'],
    references: ['#x\u0259b\u0259r  Mirziyoyev / <b>\t', 'a-\nb '],
    bleu: 100.00000000000004,
    bleuLine:
      'BLEU = 100.00 100.0/100.0/100.0/100.0 (BP = 1.000 ratio = 1.000 hyp_len = 8 ref_len = 8)',
    chrF: 100.0,
    chrFpp: 100.0,
    chrFppEps: 100.0,
    chrF4beta1: 100.0,
  },
  {
    hypotheses: ['yangi 14:30  maktab <skipped>  5-cia-\nb \n\t'],
    references: [') 3.14 -\n  a-\nb\t<b>\tkitab &mektep '],
    bleu: 0.0,
    bleuLine: 'BLEU = 0.00 0.0/0.0/0.0/0.0 (BP = 0.882 ratio = 0.889 hyp_len = 8 ref_len = 9)',
    chrF: 18.55140403588691,
    chrFpp: 19.093297012792906,
    chrFppEps: 18.848981649116595,
    chrF4beta1: 25.402215996230964,
  },
  {
    hypotheses: [
      'dos. ` mektep ^  mektep  m\u0259kt\u0259b &amp;  v\u0259',
      '345  [\t\u0085 ^ NATO-ya',
      '\u00e9 = ) . 14:30\ufeff  \u0085\t\ufeff  &lt; BMT-nin &amp; @usermaktab mektep Bak\u0131#x\u0259b\u0259r &quot;\t$  12  prof. \u001c\tkitab\t',
      ' /m\u0259kt\u0259b <b> # ta\u02bclim   \t|  :\t\u0085\t&lt; &\t( {',
      '?  e\u0301\thttp://x.az/a?b=1\t\u00ab \u2014\t\u3000 !  (\ufeff_\tDa\u015fk\u0259nd, \u2009dos. ',
      '` -  | g\u00fcn  Prezident 15.05.2024 a-\nb 3455-ci  ',
    ],
    references: [
      'dos. | ` mektep ^  mektep  m\u0259kt\u0259b x-\ny &amp;  v\u0259  ',
      '345  [\t\u0085 ^ NATO-ya',
      '\u00e9 = ) . 14:30\ufeff  \u0085\t\ufeff  &lt; BMT-nin &amp; @usermaktab mektep Bak\u0131#x\u0259b\u0259r &quot;\t$  12  prof. \u001c\tkitab\t',
      '/m\u0259kt\u0259b <b> &\t(  # {  ta\u02bclim \t|  :\t\u0085\t&lt; ',
      "&quot;\t\u00a0  [\t1-2  ~\t&\t`\tO'zbekiston\u2009 }\tg\u2018alaba\u0085 info@apa.az Shavkat\t&quot;~\t\ud83d\udc4d\ud83c\udffd *  ]\t/ bu ",
      'Bak\u0131 ;\t, maktab &amp;\tMirziyoyev  3.14 &quot; + kitabv\u0259\t- prof.  | NATO-ya\t12\t#x\u0259b\u0259r "5-ci </b> ',
    ],
    bleu: 40.50819831771384,
    bleuLine:
      'BLEU = 40.51 67.9/52.6/43.1/39.4 (BP = 0.817 ratio = 0.832 hyp_len = 84 ref_len = 101)',
    chrF: 50.09362997827394,
    chrFpp: 50.31136233298715,
    chrFppEps: 50.31009271259798,
    chrF4beta1: 57.976255417455825,
  },
  {
    hypotheses: [
      '&amp;Mirziyoyev  \u00abdos.   \t14:30 &lt;  &gt; _/ ta\u02bclim     1-2\u00e9 &lt;\t!\\: [  </b> #x\u0259b\u0259r .\t12 NATO-ya ta\u02bclim ',
    ],
    references: [': 3.14  ?  Shavkat g\u2018alaba ,     12  dos. +  &gt; '],
    bleu: 1.7557381354086663,
    bleuLine: 'BLEU = 1.76 13.3/1.7/0.9/0.5 (BP = 1.000 ratio = 2.727 hyp_len = 30 ref_len = 11)',
    chrF: 16.781521455514152,
    chrFpp: 17.730935379343638,
    chrFppEps: 17.71401594831167,
    chrF4beta1: 18.696199958149187,
  },
  {
    hypotheses: [
      '? \u001c  \u0085Da\u015fk\u0259nd *\u3000 _\t12\t\u001c\tinfo@apa.az bu    \u00a0 \u2026(  Bak\u0131 v\u0259 345 Bak\u0131\ud83d\ude00\t\u2009 prof. ; kitablar il\u0259\t',
      'g\u00fcn @user =" ^ http://x.az/a?b=1 \u018fliyev\t',
    ],
    references: ['', 'g\u00fcn @user =" ^ http://x.az/a?b=1  \u018fliyev\t'],
    bleu: 47.427191853472564,
    bleuLine:
      'BLEU = 47.43 47.6/47.5/47.4/47.2 (BP = 1.000 ratio = 2.100 hyp_len = 42 ref_len = 20)',
    chrF: 100.0,
    chrFpp: 100.0,
    chrFppEps: 100.0,
    chrF4beta1: 100.0,
  },
  {
    hypotheses: ['Da\u015fk\u0259nd^ - Bak\u0131 \ud83d\udc4d\ud83c\udffd\t</b>\t'],
    references: ['* Da\u015fk\u0259nd^ - Bak\u0131 \ud83d\udc4d\ud83c\udffd\t</b>\t'],
    bleu: 89.483931681437,
    bleuLine:
      'BLEU = 89.48 100.0/100.0/100.0/100.0 (BP = 0.895 ratio = 0.900 hyp_len = 9 ref_len = 10)',
    chrF: 95.33041882066208,
    chrFpp: 93.76392615766244,
    chrFppEps: 93.74477216785925,
    chrF4beta1: 97.21173119294237,
  },
  {
    hypotheses: ["` ) O'zbekiston  il\t345  &quot;\t\t} ( ^kitab\t"],
    references: ["`  ) O'zbekiston \u00ad  il\t345  ] &quot;\t\t} ( \n ^kitab\t"],
    bleu: 47.269442068339785,
    bleuLine:
      'BLEU = 47.27 100.0/77.8/50.0/28.6 (BP = 0.819 ratio = 0.833 hyp_len = 10 ref_len = 12)',
    chrF: 78.10768343403673,
    chrFpp: 78.14042544723848,
    chrFppEps: 78.11403271367267,
    chrF4beta1: 87.03319250369374,
  },
  {
    hypotheses: [
      "\u2009\t, ;\t, ' ]il\u0259  -\n NATO-ya  \u00abyeni \u0130lham\t15-d\u0259 o\u02bbzbek\ta-\nb ] -\t<b>  NATO-ya maktab : &gt;  ",
      '\u00e9  <skipped> &quot; v\u0259 / \u2026 NATO-ya \u0085 -\n `\t&quot;  \ud83d\udc4d\ud83c\udffd\tkitab &    maktab\t-  ^\tNATO-ya BMT-nin\t\n ',
    ],
    references: [
      "+ $ \u0130lham &amp; yangi =@user\t5-ci 12 \ud83d\udc4d\ud83c\udffd v\u0259  | -\n_'Da\u015fk\u0259nd &\t",
      '& \ud83d\udc4d\ud83c\udffd\tkitab  &quot; v\u0259 NATO-ya BMT-nin\t\n <skipped> \u00e9 /  ^\tNATO-ya  `\t&quot; maktab\t-  \u0085 -\n  \u2026  ',
    ],
    bleu: 7.841028971801657,
    bleuLine: 'BLEU = 7.84 46.2/18.9/2.9/1.5 (BP = 1.000 ratio = 1.147 hyp_len = 39 ref_len = 34)',
    chrF: 46.11892446923941,
    chrFpp: 45.21177238077511,
    chrFppEps: 45.21129983952788,
    chrF4beta1: 52.31355234241265,
  },
  {
    hypotheses: [
      'Bak\u0131\t\ud83d\udc4d\ud83c\udffd     \u0085 il Da\u015fk\u0259ndv\u0259\t#\t\u00bb) A.B. ` dos.\t\ud83d\udc4d\ud83c\udffd  \n\t~ :  $ ta\u02bclim yeni ) &amp; #x\u0259b\u0259r &gt;1-2 ',
    ],
    references: [
      "Bak\u0131 &amp;  a-\nb \u018fliyev  ? |  bu -\n:yangi<skipped> $  @  \t ^ 3.14  kitablar  \u3000 } \n\t\u3000 . &gt; O'zbekiston ",
    ],
    bleu: 2.0899410246084282,
    bleuLine: 'BLEU = 2.09 21.4/1.9/1.0/0.5 (BP = 1.000 ratio = 1.556 hyp_len = 28 ref_len = 18)',
    chrF: 15.463408962304094,
    chrFpp: 14.840644451054322,
    chrFppEps: 14.826527677578321,
    chrF4beta1: 23.53554153771388,
  },
  {
    hypotheses: [
      'kitab <b> "[ v\u0259 maktab  info@apa.az) `  #x\u0259b\u0259r  14:30     ',
      'bu\t&lt; \u0130lham x-\nyprof. | & mektep  &lt;  15.05.2024  \ud83d\udc4d\ud83c\udffd Bak\u0131 } Da\u015fk\u0259nd ` ',
      '\u00ab \u2014 ? @ #x\u0259b\u0259r. \u00ab 5-ciyeni  \n\t',
      '+ mektep yeni \u2026 a-\nb  &amp;e\u0301 ',
    ],
    references: [
      "-\n bu  O'zbekiston\tinfo@apa.az\u0085 '  x-\ny \t \u0085  ",
      '\n  </b>\t\t  &\tMirziyoyev \nv\u0259  , \u018fliyev\t2024-c\u00fc \u3000  @ ?  ',
      'yeni  \n ',
      '; BMT-ninprof. kitablar  Mirziyoyev .  15-d\u0259\tbu  g\u2018alaba 3.14\t`1,5 12',
    ],
    bleu: 7.695028637101358,
    bleuLine: 'BLEU = 7.70 13.2/8.2/6.7/4.9 (BP = 1.000 ratio = 1.359 hyp_len = 53 ref_len = 39)',
    chrF: 14.218660662595012,
    chrFpp: 11.38082330626939,
    chrFppEps: 11.366749206079236,
    chrF4beta1: 17.452843524649538,
  },
  {
    hypotheses: [
      '&lt;m\u0259kt\u0259b\t| x-\ny\t&lt;   ',
      '',
      '\n \u001c',
      'http://x.az/a?b=1  ta\u02bclim +  il \u00e9 2024-c\u00fc?  Mirziyoyev\t\ud83d\ude00 &amp; _ ! ~ $ yangi   \u0085 &amp; ! ',
      '$bu )\n 2024-c\u00fc a-\nb } ',
    ],
    references: [
      ': &lt;m\u0259kt\u0259b\t|  | x-\ny\t&lt;  \u2026   Mirziyoyev  ',
      '',
      '\n \u001c',
      'http://x.az/a?b=1  ta\u02bclim +  il \u00e9 2024-c\u00fc?  Mirziyoyev\t\ud83d\ude00 &amp; _ ! ~ $ yangi   \u0085 &amp; ! ',
      '$bu )\n 2024-c\u00fc  a-\nb } ',
    ],
    bleu: 89.37883492118709,
    bleuLine:
      'BLEU = 89.38 100.0/100.0/97.4/94.3 (BP = 0.913 ratio = 0.917 hyp_len = 44 ref_len = 48)',
    chrF: 88.05588103015582,
    chrFpp: 88.85951531077832,
    chrFppEps: 88.85795159498356,
    chrF4beta1: 92.78828134201788,
  },
  {
    hypotheses: ['14:30 \u00ab\tv\u0259 dos.;\t&lt;  il\u0259? *NATO-ya  +  \t\t~345'],
    references: [
      '14:30 \u00ab\tv\u0259 dos.;\t&lt;  il il\u0259? BMT-nin *NATO-ya  +  \t\t~345 # mektep \t \u2009',
    ],
    bleu: 61.18487154464802,
    bleuLine:
      'BLEU = 61.18 100.0/86.7/71.4/61.5 (BP = 0.779 ratio = 0.800 hyp_len = 16 ref_len = 20)',
    chrF: 63.30803270493467,
    chrFpp: 66.18149542707047,
    chrFppEps: 66.14120229013795,
    chrF4beta1: 75.81030578018996,
  },
  {
    hypotheses: [
      '',
      "   ' o\u02bbzbek 3.14\t? #/\t\u00a0 il\u0259\u001c A.B. yangi\u00ab  \u3000: ",
      ';  il\t&1,5 \u001c',
      "   O'zbekiston %\ta-\nb\t\u00e9\t  -",
      '&quot; &lt; </b>g\u00fcn \u00ad\t. info@apa.az\t[ & & \u2009 .# {  prof. \u0085  14:30\t1-2  ',
      '15-d\u0259    + a-\nb &lt; ',
    ],
    references: [
      '',
      'dos. &  yeni\t-\t&lt; }\t\ufeff ta\u02bclimyeni NATO-ya  }!\ta-\nbkitab v\u0259\t-\n bu',
      'g\u00fcn\te\u0301m\u0259kt\u0259b ta\u02bclim  \t  </b> \u018fliyevm\u0259kt\u0259b ',
      "O'zbekiston  -    %\ta-\nb\t\u00e9\t",
      '+ \u2009  &A.B.  \u001c Shavkat  BMT-nin  ! `\tmaktab  2024-c\u00fc $" a-\nb \u00a0\u0130lham ta\u02bclim (_kitablar mektep &lt;\t',
      '15-d\u0259    + a-\nb &lt; ',
    ],
    bleu: 13.20626357922497,
    bleuLine:
      'BLEU = 13.21 32.1/13.7/10.9/7.3 (BP = 0.965 ratio = 0.966 hyp_len = 56 ref_len = 58)',
    chrF: 18.243792215345238,
    chrFpp: 20.24179400696077,
    chrFppEps: 20.20144675345082,
    chrF4beta1: 25.21596376391057,
  },
  {
    hypotheses: [
      '',
      'Bak\u0131 ',
      '\u2009 * -\tm\u0259kt\u0259b bu &gt;\t\ufeff ^  Da\u015fk\u0259nd \t( -\n  ~\tNATO-ya _ ',
      '\t ;  \u018fliyev\t\\|1,5   \u00e9 http://x.az/a?b=1  ta\u02bclim. * &gt; a-\nb\t15-d\u0259  !\tv\u0259\tx-\ny\t,  ,  ; % : \u00e9 ',
    ],
    references: [
      '',
      'Bak\u0131 ',
      '~\tNATO-ya Da\u015fk\u0259nd  \t( ^ -\n \u2009 _  bu -\tm\u0259kt\u0259b  &gt;\t\ufeff *',
      '\t ;  \u018fliyev\t\\|1,5   \u00e9 http://x.az/a?b=1  ta\u02bclim. * &gt; a-\nb\t15-d\u0259  !\tv\u0259\tx-\ny\t,  ,  ; % : \u00e9 ',
    ],
    bleu: 84.70312169385213,
    bleuLine:
      'BLEU = 84.70 100.0/84.8/77.3/78.6 (BP = 1.000 ratio = 1.000 hyp_len = 49 ref_len = 49)',
    chrF: 86.27165888059241,
    chrFpp: 87.07216521307589,
    chrFppEps: 87.07216521307589,
    chrF4beta1: 90.62577584731567,
  },
  {
    hypotheses: [
      'maktab\t1,5 &gt; 3.14\t1,5 bu\ufeff ? Shavkat& `  ',
      'v\u0259  3.14    info@apa.az ',
      "1,5      ) &gt;\tyeni 3.14 | \u2009 '\t\u0085 ^ |\t\u00bb </b> 14:30 @user $ 5-ci http://x.az/a?b=1    g\u00fcn\tMirziyoyev  <b>]\t~  ",
      "'\t#maktab ",
    ],
    references: [
      'maktab\t1,5 &gt; 3.14\t1,5 bu\ufeff ? Shavkat& `  ',
      'v\u0259  @  3.14     @| \u001c { Shavkat; info@apa.az il ',
      'm\u0259kt\u0259b Shavkat\tyeni  \u018fliyev  &amp; info@apa.az\t\u2009\t',
      '-\n =\u2026\t"info@apa.az  </b>a-\nb12 Bak\u0131\t\ufeff\u00bb \t-\n12@user O\'zbekiston <skipped><b> \u00a0\tx-\ny  ',
    ],
    bleu: 22.986046163895104,
    bleuLine:
      'BLEU = 22.99 33.3/23.7/20.0/17.6 (BP = 1.000 ratio = 1.105 hyp_len = 63 ref_len = 57)',
    chrF: 31.826476502464203,
    chrFpp: 31.374990693147137,
    chrFppEps: 31.36259559804857,
    chrF4beta1: 37.929963268698415,
  },
  {
    hypotheses: [
      '|',
      '\ud83d\ude00 }',
      '! } 12 14:30 15-d\u0259 NATO-ya  ,  $ ~\t1-2 \t',
      "' kitablar il\u0259 x-\ny # mektep\t) ;   \u3000\tbuDa\u015fk\u0259nd!15.05.2024 &amp;?e\u0301  &gt;",
      ' g\u00fcn Bak\u0131 Shavkat  &amp; kitablar&amp; # \u0130lham# \ud83d\udc4d\ud83c\udffd !',
    ],
    references: [
      '|',
      '! / 1-2\tBak\u0131\u2026\t. \ud83d\udc4d\ud83c\udffd info@apa.az ) \u018fliyeve\u0301 Mirziyoyev  \u018fliyev 15.05.2024 #  ',
      '12 15-d\u0259 ,  \t ! $ 14:30 ~\t1-2 NATO-ya  }',
      "mektep\t)  kitablar \u3000\tbuDa\u015fk\u0259nd!15.05.2024 # x-\ny &amp;?e\u0301 &gt; il\u0259 ' ;  ",
      'Bak\u0131 \ud83d\udc4d\ud83c\udffd &amp; g\u00fcn kitablar&amp;  # Shavkat \u0130lham#  !',
    ],
    bleu: 18.358536805038685,
    bleuLine:
      'BLEU = 18.36 95.6/40.0/22.2/6.1 (BP = 0.685 ratio = 0.726 hyp_len = 45 ref_len = 62)',
    chrF: 46.77671274895621,
    chrFpp: 47.97925267393977,
    chrFppEps: 47.954828624743165,
    chrF4beta1: 61.609715717233996,
  },
  {
    hypotheses: [
      ' " ',
      '\u018fliyev % yangi ',
      '#x-\ny dos. dos. #x\u0259b\u0259r a-\nb \u00e9&lt;    |  ,\tv\u0259 5-ci   %',
      '.  |  =  \'  " 15-d\u0259  \u0130lham -\nBMT-nin </b> $\tA.B. bu  \u2026  | http://x.az/a?b=1 + & </b> [ ',
      '\u00bb Shavkat {  kitabMirziyoyev \u00ad\u00ad  3.14 ',
    ],
    references: [
      '"  ',
      '\u018fliyev % yangi ',
      'dos.  #x\u0259b\u0259r  | ,\tv\u0259 \u00e9&lt;  a-\nb  dos.  #x-\ny 5-ci  %',
      'x-\ny \ufeff Shavkat  ] 12\t3.14  \u00bb\t- o\u02bbzbek <skipped> \ud83d\ude00 14:30  \u2026 15-d\u0259  kitab1-2\u00bb  \u00bb x-\ny  \u00a0 + ',
      '? kitab ^\t\u00bb # [  5-ci  NATO-ya\t\u3000% dos. Da\u015fk\u0259nd \ufeff Shavkat , 14:30 prof. \t 3.14 \u00a0{ ',
    ],
    bleu: 14.356160215200811,
    bleuLine:
      'BLEU = 14.36 45.7/23.1/11.5/3.5 (BP = 1.000 ratio = 1.014 hyp_len = 70 ref_len = 69)',
    chrF: 28.66517353577967,
    chrFpp: 30.83743635280438,
    chrFppEps: 30.83461485777057,
    chrF4beta1: 38.931440535872575,
  },
  {
    hypotheses: [
      'dos. 2024-c\u00fc  . \n 345 [  *\t;\tkitablar  } \u00e9_ #x\u0259b\u0259r  &gt; \u001c\t12 g\u2018alaba ',
      '$ .  # info@apa.az </b> mektep  \u3000 \u2009,  \\ \u018fliyev   \t) mektep v\u0259 @user } |  x-\ny\t',
      '- ',
      'dos. ^ ',
      ' maktab  \t &lt; Bak\u0131 g\u2018alaba  345 $g\u00fcn 5-ci \u00a0\t&\t   ] $ \u001c  2024-c\u00fc +     BMT-nin\t\u018fliyev m\u0259kt\u0259b 345\tg\u00fcn &amp; ',
    ],
    references: [
      'dos. 2024-c\u00fc  . \n 345 [  *\t;\tkitablar  } \u00e9_ #x\u0259b\u0259r  &gt; \u001c\t12 g\u2018alaba ',
      '\u2014 -\ng\u00fcn yangi ; #x\u0259b\u0259r  15-d\u0259 prof.m\u0259kt\u0259b  /\t5-ci yeni*  ',
      '<skipped> &quot;\tyangi  g\u2018alaba\t&amp;  NATO-yaBak\u0131\tMirziyoyev " yeni \u00e9  \t345Shavkat Da\u015fk\u0259nd #x\u0259b\u0259r  e\u0301  ',
      'dos. ^ ',
      '+ maktab $g\u00fcn  2024-c\u00fc  \u001c ] Bak\u0131 &amp; 345\tg\u00fcn m\u0259kt\u0259b  \u00a0\t&\t    $ 5-ci  345  \t g\u2018alaba  BMT-nin\t\u018fliyev  &lt; ',
    ],
    bleu: 36.40870859621322,
    bleuLine:
      'BLEU = 36.41 68.6/41.5/32.8/28.1 (BP = 0.905 ratio = 0.909 hyp_len = 70 ref_len = 77)',
    chrF: 40.9122087677804,
    chrFpp: 43.0273046366161,
    chrFppEps: 42.97588889664477,
    chrF4beta1: 51.92612915845203,
  },
  {
    hypotheses: [
      "14:30 14:30 BMT-ninO'zbekiston\t345\t*1,5  e\u0301\tNATO-ya v\u0259 \ufeff\\ ~ ? g\u2018alaba[ 1,5  &quot;=    \t[    &quot; maktab &gt;  ",
      '? Mirziyoyev v\u0259 bu _ ) / kitab Da\u015fk\u0259nd</b>  @user  \u00bb  )\t\u3000 \ufeff ( 5-ci\t] \u00ad Da\u015fk\u0259nd  ',
      '',
      '\t_ a-\nb \u2014\u3000 "\tkitab  ',
      "\u2009 \u2009  Bak\u0131' ta\u02bclimBak\u0131yangi ]\t5-cihttp://x.az/a?b=1\t345\ud83d\ude00 A.B.  )\t15-d\u0259\u0085\tDa\u015fk\u0259nd\t\u2009 ( kitab e\u0301\t@user m\u0259kt\u0259b   - \ud83d\udc4d\ud83c\udffd",
    ],
    references: [
      "14:30 14:30 BMT-ninO'zbekiston\t345\t*1,5  e\u0301\tNATO-ya v\u0259 \ufeff\\ ~ ? g\u2018alaba[ 1,5  &quot;=    \t[    &quot; maktab &gt;  ",
      '\u018fliyev  &gt;\t1,5\t14:30 a-\nb &\t',
      '',
      '\u0130lham\t\u00e9 14:30 1,5 ^&lt;\t14:30  &quot; 12\t`  BMT-nin\til\u0259 2024-c\u00fc il <b> \ud83d\udc4d\ud83c\udffd* \u00e9 ~ \ud83d\ude00',
      "- Bak\u0131'  m\u0259kt\u0259b A.B.  ta\u02bclimBak\u0131yangi kitab ]\t5-cihttp://x.az/a?b=1\t345\ud83d\ude00 \ud83d\udc4d\ud83c\udffd e\u0301\t@user \u2009 )\t15-d\u0259\u0085\tDa\u015fk\u0259nd\t\u2009  \u2009 ( ",
    ],
    bleu: 54.3362250902315,
    bleuLine:
      'BLEU = 54.34 69.6/58.0/54.8/51.2 (BP = 0.937 ratio = 0.939 hyp_len = 92 ref_len = 98)',
    chrF: 61.671622491917525,
    chrFpp: 59.377153662340085,
    chrFppEps: 59.37693180918786,
    chrF4beta1: 66.42475975577148,
  },
  {
    hypotheses: [''],
    references: ['</b>'],
    bleu: 0.0,
    bleuLine: 'BLEU = 0.00 0.0/0.0/0.0/0.0 (BP = 0.000 ratio = 0.000 hyp_len = 0 ref_len = 4)',
    chrF: 0.0,
    chrFpp: 0.0,
    chrFppEps: 2.5e-15,
    chrF4beta1: 0.0,
  },
  {
    hypotheses: [
      '12 }   kitab maktab  yeni\t',
      '  &amp; @ ; \ud83d\udc4d\ud83c\udffd\tbu \n',
      '   Prezident  \n 15.05.2024  #x\u0259b\u0259r',
    ],
    references: [
      'maktab kitab } 12 yeni\t   ',
      '@ ; \ud83d\udc4d\ud83c\udffd\tbu  \n &amp; ',
      '\n   Prezident  #x\u0259b\u0259r  15.05.2024 ',
    ],
    bleu: 36.72056269893593,
    bleuLine:
      'BLEU = 36.72 100.0/36.4/25.0/20.0 (BP = 1.000 ratio = 1.000 hyp_len = 14 ref_len = 14)',
    chrF: 65.86641707965238,
    chrFpp: 67.10814614307263,
    chrFppEps: 67.10814614307262,
    chrF4beta1: 79.79779411764706,
  },
  {
    hypotheses: ['http://x.az/a?b=1kitablar il\tinfo@apa.az  \u00ab '],
    references: ["~\t&lt; . !\t\u018fliyev  ,</b>  _ O'zbekiston yeni  % MirziyoyevA.B. , &amp;"],
    bleu: 2.7076576267554477,
    bleuLine: 'BLEU = 2.71 20.0/2.6/1.4/0.7 (BP = 1.000 ratio = 1.000 hyp_len = 20 ref_len = 20)',
    chrF: 7.091178841461715,
    chrFpp: 5.318384131096286,
    chrFppEps: 5.318380810506803,
    chrF4beta1: 11.725268316542971,
  },
  {
    hypotheses: [
      ' \u2009 1,5 ',
      '(mektep BMT-nin   14:30   ;\t#x\u0259b\u0259r\t @#x\u0259b\u0259r\tA.B. &quot;Mirziyoyev\t',
    ],
    references: [
      '1,5  \u2009 ',
      '\u001c\til\u0259 mektep (mektep BMT-nin  :  14:30    ;\t#x\u0259b\u0259r\t  @#x\u0259b\u0259r\tA.B. &quot;Mirziyoyev\t',
    ],
    bleu: 76.93420358822397,
    bleuLine:
      'BLEU = 76.93 100.0/94.1/87.5/80.0 (BP = 0.854 ratio = 0.864 hyp_len = 19 ref_len = 22)',
    chrF: 82.18170615087914,
    chrFpp: 81.85821866439075,
    chrFppEps: 81.85493903923604,
    chrF4beta1: 88.7028980339077,
  },
  {
    hypotheses: [
      "\u2014 3.14\t*\t\u00ab . ~ </b> kitablar ' Shavkat %\t\n x-\ny <b>x-\ny\u001c  $\tyangie\u0301 \t\u0130lham ",
      'mektep <skipped> = ',
    ],
    references: [
      'Bak\u0131  &amp; \u001c\t-\n \ufeff o\u02bbzbek  , `\t^\tPrezident g\u00fcn \u00e9</b> \ud83d\ude00 \\ v\u0259\u0085 il3.14',
      'Da\u015fk\u0259nd]\t</b>\t_\u0130lham  </b>\t} ',
    ],
    bleu: 7.812305297263867,
    bleuLine: 'BLEU = 7.81 16.7/13.6/10.0/5.3 (BP = 0.747 ratio = 0.774 hyp_len = 24 ref_len = 31)',
    chrF: 10.210652877791343,
    chrFpp: 9.111496331253619,
    chrFppEps: 9.111477286608723,
    chrF4beta1: 15.451301394959705,
  },
  {
    hypotheses: [
      '\\  \u2009 \u3000\tDa\u015fk\u0259nd\tyeni',
      'v\u0259 Bak\u0131 g\u00fcn x-\ny @ ta\u02bclim \u0085 _ ',
      "g\u00fcn e\u0301 x-\ny2024-c\u00fcMirziyoyev il\u0259 ' x-\ny 1,5 % * dos. e\u0301\tbu  <b> ! \ud83d\udc4d\ud83c\udffd\t",
      '_ # g\u2018alaba     _ . \nil ',
      ' dos. mektep= #x\u0259b\u0259r .  15.05.2024 \u00e9 http://x.az/a?b=1( \u2026\tbu http://x.az/a?b=1\tdos. 345`\t&gt;\t',
      '14:30A.B. 1,5 1-2  m\u0259kt\u0259b \u001c  /prof.  ta\u02bclim\t</b>kitab ',
    ],
    references: [
      '\\ \u2009 \u3000\tDa\u015fk\u0259nd\tyeni ',
      'v\u0259 Bak\u0131 @user \u3000 g\u00fcn  x-\ny @ ta\u02bclim =  \u0085 _  ',
      "g\u00fcn e\u0301 x-\ny2024-c\u00fcMirziyoyev il\u0259 ' x-\ny 1,5 % * dos. e\u0301\tbu  <b> ! \ud83d\udc4d\ud83c\udffd\t",
      '_ # g\u2018alaba     _ . \nil ',
      '. http://x.az/a?b=1\tdos. mektep= dos.  15.05.2024 #x\u0259b\u0259r \u2026\tbu http://x.az/a?b=1(  \u00e9 345`\t&gt;\t',
      'Shavkat 1-2 A.B. +  NATO-ya  , :  1-2 & + ',
    ],
    bleu: 70.60926610239656,
    bleuLine:
      'BLEU = 70.61 86.9/75.3/65.5/58.0 (BP = 1.000 ratio = 1.000 hyp_len = 99 ref_len = 99)',
    chrF: 75.78881805679755,
    chrFpp: 76.1087911551886,
    chrFppEps: 76.08832509729974,
    chrF4beta1: 79.38904490645284,
  },
  {
    hypotheses: [
      '\ng\u00fcn ~\t^-\t\u2026-\n `g\u00fcn  \ud83d\udc4d\ud83c\udffd\t; </b>  Prezident\t\u00e9\t\\\n a-\nb e\u0301  | ',
      '" ]-\n \u0130lham kitablar  ',
      '\u00e9 1,5   a-\nb o\u02bbzbek  &quot; . $  5-ci \u2014 x-\ny\tmektep\tbu',
      ".\tdos.\t{ .'? 15.05.2024prof.  Da\u015fk\u0259nd $ v\u0259\t",
      '|\t= A.B.\til\u0259\tkitablar il\ud83d\udc4d\ud83c\udffd kitablar\t\u00ad\t# ',
    ],
    references: [
      '\\\t</b> kitablar )\t`\ud83d\udc4d\ud83c\udffd 15-d\u0259  -\n 345  1,5\te\u0301o\u02bbzbek _ &  \u2009 \u0130lham\tShavkat \u20143.14  e\u0301  NATO-ya NATO-ya ',
      '" ]-\n \u0130lham kitablar  [\ud83d\udc4d\ud83c\udffd  ',
      '&quot; 1,5 $ . o\u02bbzbek  5-ci \u00e9   \u2014 a-\nb x-\ny\tmektep\tbu ',
      "-  ' o\u02bbzbek&quot;   \ufeff\tkitab dos. ta\u02bclim  1-2\t#x\u0259b\u0259r \u3000 +  ",
      'g\u2018alaba |\t= \u3000\tShavkat A.B.\til\u0259\tkitablar il\ud83d\udc4d\ud83c\udffd kitablar\t\u00ad\t# ',
    ],
    bleu: 28.65384562336753,
    bleuLine:
      'BLEU = 28.65 68.9/37.5/27.5/19.6 (BP = 0.835 ratio = 0.847 hyp_len = 61 ref_len = 72)',
    chrF: 35.90277846342745,
    chrFpp: 38.73527382798716,
    chrFppEps: 38.66493558225933,
    chrF4beta1: 45.237024987974195,
  },
  {
    hypotheses: [
      '<skipped>  Prezident \ufeff  | \u00ad \t\t\u2009  \u00ad g\u00fcn \u3000  (  &quot; ',
      ' \u2014prof.  A.B.g\u00fcn :  + =\tx-\ny /  #x\u0259b\u0259r il  ',
      '&amp;\t',
      '{ kitablar }\tkitab  &?  dos. </b> :  \u0085\n yeni #x\u0259b\u0259r|  \u001c &lt; a-\nb mektep \ud83d\ude00 \u2014$\tv\u0259 %\t',
      " \u0085\t \u2014\t&amp; \ufeff dos. =  ta\u02bclim* & O'zbekiston &\tBMT-nin  @ 12",
    ],
    references: [
      '&amp;     15-d\u02592024-c\u00fc,  http://x.az/a?b=1  : :\t! o\u02bbzbek  ]  dos. #x\u0259b\u0259rPrezident 2024-c\u00fc "\t\u2014\t1,5 :Bak\u0131\u018fliyev` ',
      '=\tx-\ny / + A.B.g\u00fcn il \u2014prof.  #x\u0259b\u0259r :     ',
      '&amp;\t',
      '{ kitablar }\tkitab  &?  dos. </b> :  \u0085\n yeni #x\u0259b\u0259r|  \u001c &lt; a-\nb mektep \ud83d\ude00 \u2014$\tv\u0259 %\t',
      "& O'zbekiston dos. = 12 \ufeff \u2014\t&amp;  &\tBMT-nin @  ta\u02bclim*  \u0085\t",
    ],
    bleu: 38.91575812814666,
    bleuLine:
      'BLEU = 38.92 88.9/67.2/53.7/48.0 (BP = 0.621 ratio = 0.677 hyp_len = 63 ref_len = 93)',
    chrF: 54.07010802354009,
    chrFpp: 57.31675032285703,
    chrFppEps: 57.26228363061697,
    chrF4beta1: 65.26265560594122,
  },
  {
    hypotheses: [
      ' g\u00fcn  NATO-ya\t\u2026\t\u00e9 kitab\t&quot;\tm\u0259kt\u0259b </b>\tmektep\u001c http://x.az/a?b=1 \ufeff\to\u02bbzbek , #\u0085-\n\u2014\t&quot; + _ @ 1,5',
      '&amp;a-\nb\t14:30 ( v\u0259 prof. <b>\t{ @user\tNATO-ya Shavkat</b> </b>  \u3000 NATO-ya _ ',
    ],
    references: [
      '_ \ufeff\to\u02bbzbek </b>\tmektep\u001c  1,5 g\u00fcn + #\u0085-\n\u2014\t&quot; , @  kitab\t&quot;\tm\u0259kt\u0259b NATO-ya\t\u2026\t\u00e9 http://x.az/a?b=1',
      'http://x.az/a?b=1\t\n \t dos. &amp; \u20143.14\t  . } ,\tA.B.&gt;\tta\u02bclim\t[http://x.az/a?b=1     \u00ab ` 5-ci\u3000  ',
    ],
    bleu: 26.88941660873235,
    bleuLine:
      'BLEU = 26.89 69.4/38.3/29.3/21.4 (BP = 0.748 ratio = 0.775 hyp_len = 62 ref_len = 80)',
    chrF: 43.445358370092364,
    chrFpp: 43.916131304710674,
    chrFppEps: 43.883895476006664,
    chrF4beta1: 51.2161655400298,
  },
  {
    hypotheses: [
      '} (\t ',
      ".~  &\ta-\nb </b>  m\u0259kt\u0259b , +\tta\u02bclim ?\t, e\u0301'\t% \u00ad \ud83d\ude00\t,\t_ 345\te\u0301  ;&lt; </b>",
      '\u2014\u001c \u2026\t</b> \\  12 v\u0259 {\t(&lt; : BMT-nin  [ &quot; ? \u2014 #x\u0259b\u0259r e\u0301 http://x.az/a?b=1Da\u015fk\u0259nd#   il\u0259 @user \u00bb ',
    ],
    references: [
      '}  (\t',
      ",  \u00ad 345\te\u0301 .~ ?\t,  +\tta\u02bclim ;&lt; </b> &\ta-\nb m\u0259kt\u0259b </b> \ud83d\ude00\t,\t_ e\u0301'\t% ",
      '+ ] ta\u02bclim kitab <b> dos.\t15.05.2024\u3000 kitablar  il\u0259 * 345+  :  \ud83d\udc4d\ud83c\udffd 15.05.2024#x\u0259b\u0259r  ',
    ],
    bleu: 19.307455385240193,
    bleuLine:
      'BLEU = 19.31 55.1/30.3/12.7/6.6 (BP = 1.000 ratio = 1.380 hyp_len = 69 ref_len = 50)',
    chrF: 30.592500352407214,
    chrFpp: 36.06714911313216,
    chrFppEps: 36.05584132510876,
    chrF4beta1: 39.121386444689286,
  },
  {
    hypotheses: [
      'yeni\t5-cikitablar ',
      ' dos. ',
      'kitablar /  15-d\u0259 ',
      'a-\nb }      A.B.     \u00bb\te\u0301(\tmektep \ud83d\ude00',
    ],
    references: [
      'yeni\t5-cikitablar ',
      '1,5  12  $  dos. -\n#x\u0259b\u0259r  &lt;#x\u0259b\u0259r&lt; ',
      'kitablar /  ;1-2 15-d\u0259 ',
      'A.B. \ud83d\ude00 a-\nb }  \u00bb\te\u0301(\tmektep        ',
    ],
    bleu: 31.6053037543322,
    bleuLine:
      'BLEU = 31.61 100.0/77.8/50.0/27.3 (BP = 0.554 ratio = 0.629 hyp_len = 22 ref_len = 35)',
    chrF: 50.681830035943364,
    chrFpp: 52.354008001708294,
    chrFppEps: 52.331968823209095,
    chrF4beta1: 66.22630644443802,
  },
];

function expectClose(actual: number, expected: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, expected));
}

describe('parity with sacrebleu 2.6.0', () => {
  it.each(CASES.map((c, i) => [i, c] as const))('case %i', (_i, c) => {
    const b = bleu(c.hypotheses, c.references);
    expectClose(b.score, c.bleu);
    expect(formatScore(b)).toBe(c.bleuLine);
    expectClose(chrF(c.hypotheses, c.references).score, c.chrF);
    expectClose(chrF(c.hypotheses, c.references, { wordOrder: 2 }).score, c.chrFpp);
    expectClose(
      chrF(c.hypotheses, c.references, { wordOrder: 2, epsSmoothing: true }).score,
      c.chrFppEps,
    );
    expectClose(chrF(c.hypotheses, c.references, { charOrder: 4, beta: 1 }).score, c.chrF4beta1);
  });
});
