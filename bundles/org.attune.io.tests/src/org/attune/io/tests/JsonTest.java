package org.attune.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.attune.io.internal.Json;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void readsWhatRfc8259Allows() throws Exception {
        Object value = Json.parse("\uFEFF { \"a\": [1, -2.5e3, true, false, null, \"\\u00e9\\n\\\"\"], \"b\": {} }");
        Map<?, ?> map = (Map<?, ?>) value;
        List<?> a = (List<?>) map.get("a");
        assertEquals(new BigDecimal("1"), a.get(0));
        assertEquals(new BigDecimal("-2.5e3"), a.get(1));
        assertEquals(Boolean.TRUE, a.get(2));
        assertEquals(null, a.get(4));
        assertEquals("\u00e9\n\"", a.get(5));
        assertEquals(Map.of(), map.get("b"));
    }

    @Test
    void refusesWhatItDoesNot() {
        for (String bad : List.of("{\"a\":1,}", "[1,]", "{'a':1}", "[01]", "[1.]", "[NaN]", "\"\t\"", "[1] 2", "{\"a\" 1}", "[\"\\x\"]", "")) {
            Json.SyntaxException e = assertThrows(Json.SyntaxException.class, () -> Json.parse(bad), bad);
            assertEquals(1, e.line, bad);
        }
        Json.SyntaxException e = assertThrows(Json.SyntaxException.class, () -> Json.parse("{\n\n  \"a\": tru\n}"));
        assertEquals(3, e.line);
        assertEquals(8, e.column);
    }
}
