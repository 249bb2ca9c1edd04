package org.tally.ingest.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tally.ingest.clean.Article;

class MetadataTest {

    private final HtmlExtractor extractor = new HtmlExtractor();

    private static final String TEXT = "<article><p>The corvette was handed over on Friday, the ministry said, "
            + "after a ceremony at the shipyard attended by officials of both countries.</p></article>";

    private Article extract(String head, String body) {
        return extractor.extract("<html><head>" + head + "</head><body>" + body + TEXT + "</body></html>", null);
    }

    @Test
    void prefersTheJsonLdHeadlineAndReadsItsDateAuthorsAndPublisher() {
        String ld = "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@graph\":["
                + "{\"@type\":\"WebPage\",\"name\":\"Page name\"},"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"Corvette handed over\","
                + "\"datePublished\":\"2023-10-13T08:15:00+02:00\","
                + "\"author\":[{\"@type\":\"Person\",\"name\":\"Anna Schmidt\"},{\"@type\":\"Person\","
                + "\"name\":\"Ivan Petrov\"}],\"publisher\":{\"@type\":\"Organization\",\"name\":\"Kieler Post\"}}]}"
                + "</script>";
        Article a = extract("<title>Something else | Kieler Post</title>"
                + "<meta property='og:title' content='OG title'>" + ld, "");
        assertThat(a.title()).isEqualTo("Corvette handed over");
        assertThat(a.published()).isEqualTo("2023-10-13");
        assertThat(a.author()).isEqualTo("Anna Schmidt, Ivan Petrov");
        assertThat(a.site()).isEqualTo("Kieler Post");
    }

    @Test
    void toleratesSloppyJsonLd() {
        String ld = "<script type=\"application/ld+json\"><!--\n{'@type': 'Article', headline: 'Sloppy but fine',"
                + " \"author\": \"Jean Dupont\",}\n--></script>";
        Article a = extract(ld, "");
        assertThat(a.title()).isEqualTo("Sloppy but fine");
        assertThat(a.author()).isEqualTo("Jean Dupont");
    }

    @Test
    void stripsTheSiteNameFromTheTitle() {
        assertThat(extract("<title>Corvette handed over | Kieler Post</title>", "").title())
                .isEqualTo("Corvette handed over");
        assertThat(extract("<title>Corvette handed over - Kieler Post</title>"
                + "<meta property='og:site_name' content='Kieler Post'>", "").title())
                .isEqualTo("Corvette handed over");
        assertThat(extract("<title>Kieler Post: Corvette handed over to the navy</title>"
                + "<meta property='og:site_name' content='Kieler Post'>", "").title())
                .isEqualTo("Corvette handed over to the navy");
        assertThat(extract("<title>Corvette handed over – kieler-post.de</title>"
                + "<link rel='canonical' href='https://www.kieler-post.de/a/1'>", "").title())
                .isEqualTo("Corvette handed over");
        // a dash inside a headline is not a site suffix
        assertThat(extract("<title>Corvette handed over - and a second one is coming</title>", "").title())
                .isEqualTo("Corvette handed over - and a second one is coming");
    }

    @Test
    void fallsBackFromOpenGraphToTheFirstHeading() {
        assertThat(extract("<meta property='og:title' content='From Open Graph'>", "").title())
                .isEqualTo("From Open Graph");
        assertThat(extract("", "<h1>From the heading</h1>").title()).isEqualTo("From the heading");
    }

    @Test
    void readsDatesFromMetaElementsTimeElementsAndUrls() {
        assertThat(extract("<meta property='article:published_time' content='2021-03-04T10:00:00Z'>", "")
                .published()).isEqualTo("2021-03-04");
        assertThat(extract("<meta name='date' content='04.03.2021'>", "").published()).isEqualTo("2021-03-04");
        assertThat(extract("", "<time datetime='2020-02-29'>29 Feb</time>").published()).isEqualTo("2020-02-29");
        assertThat(extract("<link rel='canonical' href='https://example.org/news/2023/10/13/story.html'>", "")
                .published()).isEqualTo("2023-10-13");
        assertThat(extract("<link rel='canonical' href='https://example.org/2023-10-13/story'>", "")
                .published()).isEqualTo("2023-10-13");
        assertThat(extract("<meta property='og:url' content='https://example.org/archive/2022/07/story'>", "")
                .published()).isEqualTo("2022-07");
        assertThat(extract("", "").published()).isNull();
    }

    @Test
    void readsDatesWrittenInWords() {
        assertThat(Dates.parse("19. November 2019")).isEqualTo("2019-11-19");
        assertThat(Dates.parse("Nov. 19, 2019 10:30 AM")).isEqualTo("2019-11-19");
        assertThat(Dates.parse("mardi 19 novembre 2019")).isEqualTo("2019-11-19");
        assertThat(Dates.parse("19 ноября 2019")).isEqualTo("2019-11-19");
        assertThat(Dates.parse("Tue, 19 Nov 2019 10:00:00 GMT")).isEqualTo("2019-11-19");
        assertThat(Dates.parse("2019-02-30")).isNull();
        assertThat(Dates.parse("yesterday")).isNull();
    }

    @Test
    void readsAuthorsWithoutTheByPrefix() {
        assertThat(extract("<meta name='author' content='By John Smith'>", "").author()).isEqualTo("John Smith");
        assertThat(extract("", "<span class='byline'>Von Anna Schmidt | 13.10.2023</span>").author())
                .isEqualTo("Anna Schmidt");
        assertThat(extract("", "<a rel='author' href='/authors/jd'>Jane Doe</a>").author()).isEqualTo("Jane Doe");
        assertThat(extract("<meta name='author' content='https://facebook.com/someone'>", "").author()).isNull();
        assertThat(extract("", "<form class='comment-form'><label class='author'>Name *</label></form>").author())
                .isNull();
    }

    @Test
    void readsTheCanonicalUrlAndTheSite() {
        Article a = extract("<link rel='canonical' href='/news/story-1'>"
                + "<meta property='og:url' content='https://www.example.org/news/story-1?utm=x'>", "");
        assertThat(a.url()).isEqualTo("https://www.example.org/news/story-1");
        assertThat(a.site()).isEqualTo("example.org");
        assertThat(extract("<meta property='og:site_name' content='Example News'>", "").site())
                .isEqualTo("Example News");
        assertThat(extract("", "").url()).isNull();
    }

    @Test
    void normalisesTheDeclaredLanguage() {
        assertThat(extractor.extract("<html lang='de-DE'><body>" + TEXT + "</body></html>", null).language())
                .isEqualTo("de");
        assertThat(extract("<meta property='og:locale' content='ru_RU'>", "").language()).isEqualTo("ru");
        assertThat(extract("<meta http-equiv='content-language' content='FR'>", "").language()).isEqualTo("fr");
        assertThat(extractor.extract("<html lang='deu'><body>" + TEXT + "</body></html>", null).language())
                .isEqualTo("de");
        assertThat(Metadata.languageCode("English")).isEqualTo("en");
        assertThat(Metadata.languageCode("x-klingon")).isNull();
    }
}
