package org.tally.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP for one language: a splitter (tokenize, ssplit and, for German, mwt), the sentence repair, a tagger
 * (pos, lemma, ner, as configured), OpenNLP's lemmatizer where {@code tally.lemmas = opennlp} and, made on first
 * use, CoreNLP's neural dependency parser. Thread-safe: CoreNLP's annotators keep no per-document state, and each
 * call builds its own Annotation.
 */
final class CoreNlpLanguage {

    private final String language;
    private final String engine;
    private final StanfordCoreNLP splitter;
    private final StanfordCoreNLP tagger;
    private final SentenceRepair repair;
    private final UposMapper upos;
    private final GermanLemmatizer lemmatizer;
    private final boolean tags;
    private final boolean names;
    private final Lazy<Parser> parser;

    /** CoreNLP's dependency parser and, when its internals are as expected, the same network run faster. */
    private record Parser(DependencyParser coreNlp, ParserNetwork network) {
        static Parser load(String model) {
            DependencyParser p = DependencyParser.loadFromModelFile(model, new Properties());
            return new Parser(p, ParserNetwork.of(p).orElse(null));
        }
    }

    private CoreNlpLanguage(String language, String engine, StanfordCoreNLP splitter, StanfordCoreNLP tagger,
                            SentenceRepair repair, UposMapper upos, GermanLemmatizer lemmatizer, boolean tags,
                            boolean names, Lazy<Parser> parser) {
        this.language = language;
        this.engine = engine;
        this.splitter = splitter;
        this.tagger = tagger;
        this.repair = repair;
        this.upos = upos;
        this.lemmatizer = lemmatizer;
        this.tags = tags;
        this.names = names;
        this.parser = parser;
    }

    /** Loads the models of {@code language} (de or en) as {@code options} asks: seconds, and about 0.5 GiB. */
    static CoreNlpLanguage load(String language, CoreNlpAnalyzer.Options options) {
        Properties props = LanguageResources.properties(language, "corenlp.properties");
        options.coreNlpProperties().forEach(props::setProperty);
        List<String> annotators = Arrays.stream(props.getProperty("annotators").split(","))
                .map(String::strip).toList();
        int firstTagger = annotators.indexOf("pos");
        List<String> split = annotators.subList(0, firstTagger);
        List<String> tag = annotators.subList(firstTagger, annotators.size()).stream()
                .filter(a -> options.partsOfSpeech() || !(a.equals("pos") || a.equals("lemma")))
                .filter(a -> options.names() || !a.equals("ner"))
                .toList();
        String parserModel = props.getProperty("depparse.model");
        Properties versions = LanguageResources.properties("versions.properties");
        StanfordCoreNLP splitter = pipeline(props, split);
        StanfordCoreNLP tagger = tag.isEmpty() ? null : pipeline(props, tag);
        boolean openNlpLemmas = options.partsOfSpeech() && "opennlp".equals(props.getProperty("tally.lemmas"));
        GermanLemmatizer lemmatizer = openNlpLemmas ? GermanLemmatizer.load() : null;
        UposMapper upos = LanguageResources.exists(language, "penn-upos.tsv")
                ? UposMapper.table(language, "penn-upos.tsv") : UposMapper.identity();
        String engine = "corenlp-" + versions.getProperty("corenlp")
                + (lemmatizer == null ? "" : "+opennlp-" + versions.getProperty("opennlp") + "/" + lemmatizer.name());
        return new CoreNlpLanguage(language, engine, splitter, tagger, SentenceRepair.forLanguage(language), upos,
                lemmatizer, options.partsOfSpeech(), options.names(),
                new Lazy<>(() -> Parser.load(parserModel)));
    }

    private static StanfordCoreNLP pipeline(Properties base, List<String> annotators) {
        Properties p = new Properties();
        p.putAll(base);
        p.setProperty("annotators", String.join(",", annotators));
        // The tagger stage runs on the splitter's output, so CoreNLP must not insist on seeing tokenize first.
        return new StanfordCoreNLP(p, false);
    }

    String engine() {
        return engine;
    }

    Analysis analyse(String text) {
        Annotation doc = new Annotation(text);
        splitter.annotate(doc);
        repair.repair(text, doc);
        if (tagger != null) {
            tagger.annotate(doc);
        }
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        List<Sentence> out = new ArrayList<>(sentences.size());
        for (CoreMap s : sentences) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            if (!labels.isEmpty()) {
                out.add(sentence(text, out.size(), labels));
            }
        }
        return new Analysis(language, engine, out);
    }

    private Sentence sentence(String text, int index, List<CoreLabel> labels) {
        int n = labels.size();
        String[] upostags = new String[n];
        String[] lemmas = new String[n];
        if (tags) {
            for (int i = 0; i < n; i++) {
                CoreLabel l = labels.get(i);
                lemmas[i] = l.lemma();
                upostags[i] = upos.upos(l.tag(), l.lemma());
            }
            if (lemmatizer != null) {
                String[] words = labels.stream().map(CoreLabel::word).toArray(String[]::new);
                lemmas = lemmatizer.lemmatize(words, upostags);
            }
        }
        List<Token> tokens = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            CoreLabel l = labels.get(i);
            int b = l.beginPosition();
            int e = l.endPosition();
            tokens.add(new Token(b, e, text.substring(b, e), l.word(), upostags[i], tags ? l.tag() : null, lemmas[i]));
        }
        List<NameSpan> spans = names ? names(text, labels) : List.of();
        int begin = tokens.stream().mapToInt(Token::begin).min().orElseThrow();
        int end = tokens.stream().mapToInt(Token::end).max().orElseThrow();
        return new Sentence(index, begin, end, tokens, spans);
    }

    /**
     * Runs of tokens with the same name label, without punctuation at either end ("Lockheed Martin –" is a run of
     * three); CoreNLP's other labels (DATE, MONEY, ...) are left out.
     */
    private static List<NameSpan> names(String text, List<CoreLabel> labels) {
        List<NameSpan> spans = new ArrayList<>();
        int i = 0;
        while (i < labels.size()) {
            String label = label(labels.get(i).ner());
            if (label == null) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < labels.size() && label.equals(label(labels.get(j).ner()))) {
                j++;
            }
            int first = i;
            int last = j - 1;
            while (first <= last && !hasLetterOrDigit(labels.get(first).word())) {
                first++;
            }
            while (last >= first && !hasLetterOrDigit(labels.get(last).word())) {
                last--;
            }
            if (first <= last) {
                int b = labels.get(first).beginPosition();
                int e = labels.get(last).endPosition();
                spans.add(new NameSpan(b, e, text.substring(b, e), label, first, last + 1));
            }
            i = j;
        }
        return spans;
    }

    private static boolean hasLetterOrDigit(String word) {
        return word.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static String label(String ner) {
        if (ner == null) {
            return null;
        }
        return switch (ner) {
            case "PERSON", "PER", "I-PER", "B-PER" -> NameSpan.PERSON;
            case "LOCATION", "LOC", "I-LOC", "B-LOC" -> NameSpan.LOCATION;
            case "ORGANIZATION", "ORG", "I-ORG", "B-ORG" -> NameSpan.ORGANIZATION;
            case "MISC", "I-MISC", "B-MISC" -> NameSpan.MISC;
            default -> null;
        };
    }

    /**
     * Universal Dependencies arcs of one sentence, from its tokens' words and tags: CoreNLP's neural parser, run by
     * {@link ParserNetwork} (the same arcs, faster) when it can.
     */
    DependencyParse parse(Sentence sentence) {
        Parser p = parser.get();
        return p.network() == null ? parseWithCoreNlp(sentence)
                : arcs(sentence, p.network().parse(annotation(sentence)));
    }

    /** The faster network {@link #parse} runs, or null when it runs CoreNLP's own prediction; loads the parser. */
    ParserNetwork network() {
        return parser.get().network();
    }

    /** The sentence as the parser reads it (for tests). */
    static CoreMap parserInput(Sentence sentence) {
        return annotation(sentence);
    }

    /** The arcs as CoreNLP's {@code DependencyParser.predict} gives them (what {@link #parse} must equal). */
    DependencyParse parseWithCoreNlp(Sentence sentence) {
        // CoreNLP's depparse annotator would also build collapsed and enhanced graphs (13 % of its time), which
        // Tally does not use: ask the parser for the basic dependencies only.
        return arcs(sentence, parser.get().coreNlp().predict(annotation(sentence)));
    }

    private static DependencyParse arcs(Sentence sentence, GrammaticalStructure structure) {
        List<Dependency> arcs = new ArrayList<>(sentence.tokens().size());
        for (TypedDependency d : structure.typedDependencies()) {
            int head = d.gov().index() - 1;
            arcs.add(new Dependency(head < 0 ? Dependency.ROOT : head, d.dep().index() - 1, d.reln().toString()));
        }
        arcs.sort(Comparator.comparingInt(Dependency::dependent));
        return new DependencyParse(sentence.index(), arcs);
    }

    /** The sentence as the parser reads it: words, tags, lemmas and offsets of its tokens. */
    private static Annotation annotation(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        if (tokens.stream().anyMatch(t -> t.tag() == null)) {
            throw new IllegalArgumentException("sentence " + sentence.index() + " has no part-of-speech tags to parse");
        }
        List<CoreLabel> labels = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            CoreLabel l = new CoreLabel();
            l.setWord(t.word());
            l.setValue(t.word());
            l.setOriginalText(t.text());
            l.setTag(t.tag());
            if (t.lemma() != null) {
                l.setLemma(t.lemma());
            }
            l.setBeginPosition(t.begin());
            l.setEndPosition(t.end());
            l.setIndex(i + 1);
            l.setSentIndex(0);
            labels.add(l);
        }
        Annotation s = new Annotation("");
        s.set(CoreAnnotations.TokensAnnotation.class, labels);
        s.set(CoreAnnotations.SentenceIndexAnnotation.class, 0);
        return s;
    }
}
