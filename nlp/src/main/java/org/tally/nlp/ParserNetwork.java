package org.tally.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ParsingSystem;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * CoreNLP's neural dependency parser (nndep of CoreNLP 4.5.10) run with the same arithmetic in a faster order, so
 * that it gives the same arcs bit for bit.
 *
 * <p>CoreNLP scores a parser state by a network of one hidden layer: the hidden units sum, for each of the 48
 * features, a precomputed double vector or the product of the feature's embedding with its slice of the first
 * weight matrix (rounded to float, as CoreNLP's cache keeps it), then add a bias and cube; each transition's score
 * is the dot product of the hidden units with its row of the second weight matrix. CoreNLP computes each such sum
 * as a chain of dependent additions, one number at a time, and guards its cache with a lock shared by all threads.
 * Here the loops are turned inside out: all 200 hidden units, or all 80 transitions, are summed side by side, each
 * sum still in the same order from the same start, which the JIT turns into vector instructions; every product and
 * every sum is the one CoreNLP makes, so every score is the same double and every choice of transition the same.
 * Slices are cached as CoreNLP does, but in a map without a lock. The transition system, the features and the
 * conversion of the tree into typed dependencies remain CoreNLP's.
 *
 * <p>The weights are read from the loaded parser through reflection, since CoreNLP keeps them private;
 * {@link #of} gives nothing when this version of CoreNLP does not have them as expected, and the caller then uses
 * {@link DependencyParser#predict}. Immutable and thread-safe.
 */
final class ParserNetwork {

    private final DependencyParser parser;
    private final ParsingSystem system;
    private final List<String> transitions;
    private final Method featureArray;
    private final Method isTerminal;
    private final Method relation;
    private final Method structure;
    private final int hiddenSize;
    private final int embeddingSize;
    private final int numTokens;
    private final float[][] embeddings;
    private final float[] bias;
    /** The first weight matrix by column: {@code w1ByColumn[c][k] == W1[k][c]}. */
    private final float[][] w1ByColumn;
    /** The second weight matrix by column, widened to double (exactly): {@code w2ByColumn[k][i] == W2[i][k]}. */
    private final double[][] w2ByColumn;
    private final double[][] saved;
    private final IntIntMap precomputed;
    /** Slices of features that are not precomputed, by feature (about 0.8 KiB each). */
    private final Map<Integer, float[]> slices = new ConcurrentHashMap<>();
    private static final int CACHED_SLICES = 20_000;

    private ParserNetwork(DependencyParser parser, ParsingSystem system, List<String> transitions,
                          Method featureArray, Method isTerminal, Method relation, Method structure,
                          int embeddingSize, int numTokens,
                          float[][] w1, float[] b1, float[][] w2, float[][] e, double[][] saved,
                          Map<Integer, Integer> preMap) {
        this.parser = parser;
        this.system = system;
        this.transitions = List.copyOf(transitions);
        this.featureArray = featureArray;
        this.isTerminal = isTerminal;
        this.relation = relation;
        this.structure = structure;
        this.hiddenSize = w1.length;
        this.embeddingSize = embeddingSize;
        this.numTokens = numTokens;
        this.embeddings = e;
        this.bias = b1;
        this.w1ByColumn = new float[w1[0].length][hiddenSize];
        for (int k = 0; k < hiddenSize; k++) {
            for (int c = 0; c < w1[k].length; c++) {
                w1ByColumn[c][k] = w1[k][c];
            }
        }
        this.w2ByColumn = new double[hiddenSize][w2.length];
        for (int i = 0; i < w2.length; i++) {
            for (int k = 0; k < hiddenSize; k++) {
                w2ByColumn[k][i] = w2[i][k];
            }
        }
        this.saved = saved;
        this.precomputed = new IntIntMap(preMap.size());
        preMap.forEach(precomputed::put);
    }

    /** The network of a loaded parser, or empty when CoreNLP's parser is not built as this class expects. */
    static Optional<ParserNetwork> of(DependencyParser parser) {
        try {
            ParsingSystem system = (ParsingSystem) field(DependencyParser.class, "system").get(parser);
            Object classifier = field(DependencyParser.class, "classifier").get(parser);
            Class<?> c = classifier.getClass();
            Object config = field(c, "config").get(classifier);
            int numCached = field(config.getClass(), "numCached").getInt(config);
            if (!c.getName().equals("edu.stanford.nlp.parser.nndep.Classifier") || numCached == 0
                    || field(c, "isTraining").getBoolean(classifier)) {
                return Optional.empty(); // without CoreNLP's cache the slices are summed otherwise: keep CoreNLP's way
            }
            @SuppressWarnings("unchecked")
            List<String> transitions = (List<String>) field(ParsingSystem.class, "transitions").get(system);
            @SuppressWarnings("unchecked")
            Map<Integer, Integer> preMap = (Map<Integer, Integer>) field(c, "preMap").get(classifier);
            Method featureArray = DependencyParser.class.getDeclaredMethod("getFeatureArray", Configuration.class);
            featureArray.setAccessible(true);
            Method isTerminal = ParsingSystem.class.getDeclaredMethod("isTerminal", Configuration.class);
            isTerminal.setAccessible(true);
            Method relation = DependencyParser.class.getDeclaredMethod("makeGrammaticalRelation", String.class);
            relation.setAccessible(true);
            Method structure = DependencyParser.class.getDeclaredMethod("makeGrammaticalStructure", List.class,
                    TreeGraphNode.class);
            structure.setAccessible(true);
            float[][] w1 = (float[][]) field(c, "W1").get(classifier);
            float[][] w2 = (float[][]) field(c, "W2").get(classifier);
            float[][] e = (float[][]) field(c, "E").get(classifier);
            int embeddingSize = field(config.getClass(), "embeddingSize").getInt(config);
            int numTokens = field(config.getClass(), "numTokens").getInt(null);
            if (w2.length != transitions.size() || w2[0].length != w1.length
                    || w1[0].length != numTokens * embeddingSize || e[0].length != embeddingSize) {
                return Optional.empty();
            }
            return Optional.of(new ParserNetwork(parser, system, transitions, featureArray, isTerminal, relation,
                    structure, embeddingSize, numTokens, w1, (float[]) field(c, "b1").get(classifier), w2, e,
                    (double[][]) field(c, "saved").get(classifier), preMap));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Field field(Class<?> c, String name) throws NoSuchFieldException {
        Field f = c.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }

    /**
     * The parse of a sentence (CoreNLP's annotation of its tokens), as {@link DependencyParser#predict} gives it:
     * the same transitions, then CoreNLP's own conversion of the tree into a grammatical structure. Checks for
     * interrupts as CoreNLP does.
     */
    GrammaticalStructure parse(CoreMap sentence) {
        Configuration c = transitions(sentence, features -> { });

        // as DependencyParser.predict(CoreMap) turns its tree into typed dependencies
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        IndexedWord root = new IndexedWord(new Word("ROOT"));
        root.set(CoreAnnotations.IndexAnnotation.class, 0);
        List<TypedDependency> dependencies = new ArrayList<>(tokens.size());
        for (int i = 1; i <= c.getSentenceSize(); i++) {
            int head = c.getHead(i);
            IndexedWord dependent = new IndexedWord(tokens.get(i - 1));
            IndexedWord governor = head == 0 ? root : new IndexedWord(tokens.get(head - 1));
            dependencies.add(new TypedDependency(head == 0 ? GrammaticalRelation.ROOT : relation(c.getLabel(i)),
                    governor, dependent));
        }
        return (GrammaticalStructure) invoke(structure, parser, dependencies, new TreeGraphNode(root));
    }

    /**
     * Runs the transitions from a sentence's initial state to its final one, as CoreNLP's {@code predictInner}:
     * each state's best-scoring transition that applies. Hands on each state's features (for tests).
     */
    Configuration transitions(CoreMap sentence, Consumer<int[]> states) {
        Configuration c = system.initialConfiguration(sentence);
        int n = transitions.size();
        while (!terminal(c)) {
            if (Thread.interrupted()) {
                throw new RuntimeInterruptedException();
            }
            int[] features = features(c);
            states.accept(features);
            double[] scores = scores(features);
            double best = Double.NEGATIVE_INFINITY;
            String chosen = null;
            for (int i = 0; i < n; i++) {
                if (scores[i] > best && system.canApply(c, transitions.get(i))) {
                    best = scores[i];
                    chosen = transitions.get(i);
                }
            }
            system.apply(c, chosen);
        }
        return c;
    }

    /** CoreNLP's own scores of a state's features ({@code Classifier.computeScores}), for tests. */
    double[] coreNlpScores(int[] features) throws ReflectiveOperationException {
        Field f = field(DependencyParser.class, "classifier");
        Object classifier = f.get(parser);
        Method m = classifier.getClass().getDeclaredMethod("computeScores", int[].class);
        m.setAccessible(true);
        return (double[]) m.invoke(classifier, (Object) features);
    }

    /** The scores of all transitions for a state's features, as CoreNLP's {@code Classifier.computeScores}. */
    double[] scores(int[] features) {
        double[] hidden = new double[hiddenSize];
        double[] slice = new double[hiddenSize];
        for (int j = 0; j < features.length; j++) {
            int token = features[j];
            int id = precomputed.get(token * numTokens + j);
            if (id >= 0) {
                double[] s = saved[id];
                for (int k = 0; k < hiddenSize; k++) {
                    hidden[k] += s[k];
                }
                continue;
            }
            float[] cached = slice(token, j, slice);
            for (int k = 0; k < hiddenSize; k++) {
                hidden[k] += cached[k]; // CoreNLP caches the slice as floats and adds them
            }
        }
        for (int k = 0; k < hiddenSize; k++) {
            double v = hidden[k] + bias[k];
            hidden[k] = v * v * v;
        }
        double[] scores = new double[transitions.size()];
        for (int k = 0; k < hiddenSize; k++) {
            double h = hidden[k];
            double[] column = w2ByColumn[k];
            for (int i = 0; i < scores.length; i++) {
                scores[i] += h * column[i];
            }
        }
        return scores;
    }

    /**
     * The product of a feature's embedding with its slice of the first weight matrix, rounded to floats, as
     * CoreNLP's {@code matrixMultiplySlice} computes it; kept for the feature's next use (a slice is the same
     * whenever it is computed, so what the cache holds changes only the time).
     */
    private float[] slice(int token, int position, double[] scratch) {
        int index = token * numTokens + position;
        float[] cached = slices.get(index);
        if (cached != null) {
            return cached;
        }
        java.util.Arrays.fill(scratch, 0.0);
        float[] x = embeddings[token];
        int offset = position * embeddingSize;
        for (int d = 0; d < embeddingSize; d++) {
            float xd = x[d];
            float[] column = w1ByColumn[offset + d];
            for (int k = 0; k < hiddenSize; k++) {
                scratch[k] += column[k] * xd; // a float product, widened, added: as CoreNLP's matrixMultiplySlice
            }
        }
        float[] slice = new float[hiddenSize];
        for (int k = 0; k < hiddenSize; k++) {
            slice[k] = (float) scratch[k];
        }
        if (slices.size() >= CACHED_SLICES) {
            slices.clear(); // rare: a new start is cheaper than keeping the least recently used
        }
        slices.put(index, slice);
        return slice;
    }

    private int[] features(Configuration c) {
        return (int[]) invoke(featureArray, parser, c);
    }

    private boolean terminal(Configuration c) {
        return (boolean) invoke(isTerminal, system, c);
    }

    private GrammaticalRelation relation(String label) {
        return (GrammaticalRelation) invoke(relation, parser, label);
    }

    private static Object invoke(Method method, Object target, Object... arguments) {
        try {
            return method.invoke(target, arguments);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw rethrow(e);
        }
    }

    private static RuntimeException rethrow(InvocationTargetException e) {
        return e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    }

    /** An int-to-int hash map with open addressing; {@code get} gives -1 for a missing key. Values must be >= 0. */
    static final class IntIntMap {
        private final int[] keys;
        private final int[] values;
        private final int mask;

        IntIntMap(int size) {
            int capacity = Integer.highestOneBit(Math.max(4, size * 2 - 1)) << 1;
            keys = new int[capacity];
            values = new int[capacity];
            java.util.Arrays.fill(values, -1);
            mask = capacity - 1;
        }

        void put(int key, int value) {
            if (value < 0) {
                throw new IllegalArgumentException("negative value " + value);
            }
            int i = mix(key) & mask;
            while (values[i] >= 0 && keys[i] != key) {
                i = (i + 1) & mask;
            }
            keys[i] = key;
            values[i] = value;
        }

        int get(int key) {
            int i = mix(key) & mask;
            while (values[i] >= 0) {
                if (keys[i] == key) {
                    return values[i];
                }
                i = (i + 1) & mask;
            }
            return -1;
        }

        private static int mix(int key) {
            int h = key * 0x9E3779B9;
            return h ^ (h >>> 16);
        }
    }
}
