using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class UpstashRulesSamples
{
    private static readonly string Key = FakeKey.Of("AUp5", "AAIncD", FakeKey.Random(FakeKey.Base62, 53, 1));

    private static readonly string ShorterIdKey = FakeKey.Of("AbnZ", "AAIjcD", FakeKey.Random(FakeKey.Base62, 48, 4));

    private static readonly string OlderKey = FakeKey.Of("AX", FakeKey.Random(FakeKey.Base62, 2, 2), "ASQg", FakeKey.Random(FakeKey.Base62, 56, 3));

    private static readonly string LegacyKey = FakeKey.Of("AXTn", FakeKey.Base64Of(FakeKey.Of("\u0000$ ", TestKeys.Uuid(8), FakeKey.Random(FakeKey.Hex, 32, 8))));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("upstash-redis-rest-token", Key, "UPSTASH_REDIS_REST_TOKEN")
        .FindsIn("upstash-redis-rest-token", "a token with a shorter id, under another name", $"ENV REDIS_URL=\"https://keen-terrier-47577.upstash.io\"\nENV REDIS_TOKEN=\"{ShorterIdKey}\"\n", ShorterIdKey)
        .FindsIn("upstash-redis-rest-token", "an older token in a .env", $"UPSTASH_REDIS_REST_URL=https://finer-coral-19065.upstash.io\nUPSTASH_REDIS_REST_TOKEN={OlderKey}\n", OlderKey)
        .FindsIn("upstash-redis-rest-token", "a legacy token beside its URL, with no name", $"(\"https://eu1-fond-gecko-38211.upstash.io\", \"{LegacyKey}\");", LegacyKey)
        .Ignores("upstash-redis-rest-token", "a legacy token's shape that decodes to no database id", $"(\"https://eu1-fond-gecko-38211.upstash.io\", \"AXTnACQg{FakeKey.Random(FakeKey.Base62, 91, 9)}=\");")
        .Ignores("upstash-redis-rest-token", "a read-only token's name is no different, but a placeholder is", "UPSTASH_REDIS_REST_TOKEN=AXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX");
}
