using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class UpstashRulesSamples
{
    private static readonly string Key = FakeKey.Of("AUp5", "AAIncD", FakeKey.Random(FakeKey.Base62, 53, 1));

    private static readonly string ShorterIdKey = FakeKey.Of("AbnZ", "AAIjcD", FakeKey.Random(FakeKey.Base62, 48, 4));

    private static readonly string OlderKey = FakeKey.Of("AX", FakeKey.Random(FakeKey.Base62, 2, 2), "ASQg", FakeKey.Random(FakeKey.Base62, 56, 3));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("upstash-redis-rest-token", Key, "UPSTASH_REDIS_REST_TOKEN")
        .FindsIn("upstash-redis-rest-token", "a token with a shorter id, under another name", $"ENV REDIS_URL=\"https://keen-terrier-47577.upstash.io\"\nENV REDIS_TOKEN=\"{ShorterIdKey}\"\n", ShorterIdKey)
        .FindsIn("upstash-redis-rest-token", "an older token in a .env", $"UPSTASH_REDIS_REST_URL=https://finer-coral-19065.upstash.io\nUPSTASH_REDIS_REST_TOKEN={OlderKey}\n", OlderKey)
        .Ignores("upstash-redis-rest-token", "a read-only token's name is no different, but a placeholder is", "UPSTASH_REDIS_REST_TOKEN=AXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX");
}
