package org.cairn.letters.pdf;

import java.util.ArrayList;
import java.util.List;
import org.cairn.letters.layout.Block;
import org.cairn.letters.layout.Inline;
import org.cairn.letters.layout.LetterLayout;
import org.cairn.letters.layout.Letterhead;
import org.cairn.letters.layout.PageLabels;
import org.cairn.letters.layout.PaperSize;

/** Letters for tests and the benchmark, in our own words, with made-up people and places. */
public final class SampleLetters {

    /** A sentence per language; each exercises what its script needs (diacritics, conjuncts, joining). */
    public static final String LATIN = "Zoë Dvořák, Łukasz Wójcik, João São Paulo, Ångström, Şükrü Çağlar,"
            + " Đặng Thị Hương, Niña Peña — “quoted” café.";
    public static final String CYRILLIC = "Ми підтримуємо вас. Мы поддерживаем вас и вашу семью. Ёлка, Їжак.";
    public static final String GREEK = "Σας υποστηρίζουμε σε κάθε βήμα. Ελλάδα, άνθρωπος, ψυχή.";
    public static final String BENGALI = "আমরা আপনাকে সাহায্য করতে পারি। ক্ষমা, স্ত্রী, কিছু, কিন্তু আমি।";
    public static final String DEVANAGARI = "हम आपकी सहायता कर सकते हैं। क्षमा, स्त्री, कि, हिन्दी।";
    public static final String URDU = "ہم آپ کی مدد کر سکتے ہیں۔ میں گھر کے لیے بات کروں گی۔";
    public static final String ARABIC = "نحن هنا لمساعدتك في كل خطوة. السلام عليكم.";
    public static final String FARSI = "ما اینجا هستیم تا به شما کمک کنیم. خانه، پیام.";
    /** Punjabi in Gurmukhi: subjoined letters, pre-base vowel signs, nasal marks. */
    public static final String PUNJABI = "ਅਸੀਂ ਹਰ ਕਦਮ ਤੇ ਤੁਹਾਡੀ ਮਦਦ ਕਰ ਸਕਦੇ ਹਾਂ। ਸ੍ਰੀ, ਪ੍ਰੇਮ, ਕਿਰਪਾ, ਖ਼ੁਸ਼ੀ।";
    /** Tamil: vowel signs drawn before and around their consonant (கொ, கோ), the virama, the kssa conjunct. */
    public static final String TAMIL = "நாங்கள் ஒவ்வொரு படியிலும் உங்களுக்கு உதவுவோம். க்ஷேமம், ஸ்ரீ, கொடு, கோயில்.";
    /** Tigrinya in Ethiopic script, with its own full stop and comma. */
    public static final String TIGRINYA = "ኣብ ኩሉ ስጉምቲ ክንሕግዘኩም ኢና። ብዛዕባ መሰልኩም ሓበሬታ ንህበኩም፣ ብዘይ ክፍሊት።";
    /** Chinese: no spaces between words, full-width punctuation, an English term in brackets. */
    public static final String CHINESE = "我们会在每一步为您提供帮助。 您可以免费咨询法律意见（包括移民事务），我们不会"
            + "与内政部分享您的信息。关于家庭暴力移民受害者的政策 (Migrant Victims of Domestic Abuse Concession)，"
            + "请阅读第2页。";
    /** English terms in brackets inside an Urdu sentence, as an advice letter about UK immigration has them. */
    public static final String URDU_WITH_ENGLISH = "آپ نے ہم سے گھریلو تشدد کا شکار تارکینِ وطن کے لیے رعایت"
            + " (Migrant Victims of Domestic Abuse Concession) اور گھریلو تشدد کے بعد برطانیہ میں مستقل رہائش کے"
            + " بارے میں معلومات مانگی تھیں۔ ان 3 مہینوں میں آپ سرکاری امداد (public funds) لے سکتی ہیں، جیسے"
            + " بینیفٹس (اور رہائش میں مدد)۔";

    private SampleLetters() {
    }

    public static LetterLayout letter(String languageTag, String sentence) {
        return letter(languageTag, sentence, 3, null);
    }

    /** A letter whose body repeats {@code sentence} in {@code paragraphs} paragraphs, with every block kind. */
    public static LetterLayout letter(String languageTag, String sentence, int paragraphs, byte[] logo) {
        List<Block> body = new ArrayList<>();
        body.add(new Block.Heading(1, List.of(Inline.plain(sentence.split(" ")[0]))));
        for (int i = 0; i < paragraphs; i++) {
            body.add(new Block.Paragraph(List.of(Inline.plain(sentence + " "), Inline.bold(sentence.split(" ")[1]),
                    Inline.plain(" " + sentence + " "), Inline.italic(sentence.split(" ")[0]))));
        }
        body.add(new Block.Heading(2, List.of(Inline.plain(sentence.split(" ")[1]))));
        body.add(new Block.BulletList(List.of(List.of(Inline.plain(sentence)), List.of(Inline.bold(sentence)))));
        body.add(new Block.NumberedList(List.of(List.of(Inline.plain(sentence)), List.of(Inline.italic(sentence)))));
        Letterhead head = new Letterhead("Riverside Women's Support", List.of("12 Example Street", "Exampletown EX1 2MP"),
                "01234 567890", "help@example.org", "Registered charity 1234567", logo);
        return new LetterLayout(head, "25 November 2026", List.of("The Practice Manager", "Example Surgery",
                "1 High Street", "Exampletown EX1 1AA"), "Our ref: C-0042", sentence.split(" ")[0] + " " + sentence
                .split(" ")[1], body, List.of("Yours sincerely,", "", "A. Advocate", "Independent advocate"),
                languageTag, PaperSize.A4, PageLabels.neutral(), "Letter");
    }
}
