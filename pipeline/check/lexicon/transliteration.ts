/**
 * A consonant skeleton for comparing a name across scripts (`Zuckerberg` = `زوكربيرج` = zkrbrg).
 * Vowels and vowel letters drop; letters that Arabic and English render alike share a class.
 * Latin digraphs are read first.
 */
export const LATIN_DIGRAPHS: Readonly<Record<string, string>> = {
  tch: 'S', sh: 'S', ch: 'S', تش: 'S', th: 't', ph: 'f', kh: 'k', gh: 'g', ck: 'k', qu: 'k', dh: 'd',
};

export const LATIN_LETTERS: Readonly<Record<string, string>> = {
  b: 'b', p: 'b', c: 'k', d: 'd', f: 'f', v: 'f', g: 'g', j: 'g', h: 'h', k: 'k', q: 'k', l: 'l', m: 'm', n: 'n',
  r: 'r', s: 's', t: 't', x: 'ks', z: 'z',
};

/** Arabic letters to classes; vowel letters (ا و ي ى) and glottal stops map to '' except word-initially for و ي. */
export const ARABIC_LETTERS: Readonly<Record<string, string>> = {
  ب: 'b', پ: 'b', ت: 't', ث: 's', ج: 'g', چ: 'S', ح: 'h', خ: 'k', د: 'd', ذ: 'd', ر: 'r', ز: 'z', س: 's', ش: 'S',
  ص: 's', ض: 'd', ط: 't', ظ: 'z', ع: '', غ: 'g', ف: 'f', ڤ: 'f', ق: 'k', ك: 'k', گ: 'g', ل: 'l', م: 'm', ن: 'n',
  ه: 'h', ة: '', ا: '', أ: '', إ: '', آ: '', ء: '', ئ: '', ؤ: '', و: '', ي: '', ى: '',
};
