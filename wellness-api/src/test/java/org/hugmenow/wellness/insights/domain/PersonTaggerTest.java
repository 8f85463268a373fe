package org.hugmenow.wellness.insights.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PersonTaggerTest {

    private static final byte[] SECRET = "0123456789abcdef0123".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    @Test
    void aSharedTaggerTagsAsAPerReleaseOneDoesFromManyThreadsAtOnce() throws Exception {
        PersonTagger shared = PersonTagger.shared(SECRET);
        List<String> people = IntStream.range(0, 2_000).mapToObj(i -> "person-" + i).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<long[]>> runs = IntStream.range(0, 4)
                    .mapToObj(t -> pool.submit(() -> people.stream().mapToLong(shared::tag).toArray())).toList();
            long[] expected = people.stream().mapToLong(new PersonTagger(SECRET)::tag).toArray();
            for (Future<long[]> run : runs) {
                assertEquals(java.util.Arrays.toString(expected), java.util.Arrays.toString(run.get()));
            }
        } finally {
            pool.shutdownNow();
        }
        assertNotEquals(shared.tag("person-1"), PersonTagger.shared("another-secret-of-20b".getBytes()).tag("person-1"));
    }

    @Test
    void aSharedTaggerDigestsAPopulationByItsPeopleWhicheverSetHoldsThem() {
        PersonTagger shared = PersonTagger.shared(SECRET);
        PopulationDigest first = shared.digest(Set.of("a", "b", "c"));
        assertEquals(first, shared.digest(Set.of("c", "b", "a")));
        assertEquals(new PersonTagger(SECRET).digest(Set.of("a", "b", "c")), first);
        assertNotEquals(first, shared.digest(Set.of("a", "b")));
    }
}
