using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class JinaRulesSamples
{
    private static readonly string Key = FakeKey.Of("ji", "na_", FakeKey.Random(FakeKey.Hex, 32, 81), FakeKey.Random(FakeKey.Base62, 28, 82));

    private static readonly string DashedKey = FakeKey.Of("ji", "na_", FakeKey.Random(FakeKey.Hex, 32, 83), FakeKey.Random(FakeKey.Base62, 13, 84), "_", FakeKey.Random(FakeKey.Base62, 6, 85), "-", FakeKey.Random(FakeKey.Base62, 7, 86));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("jina-api-key", Key, "JINA_API_KEY")
        .FindsIn("jina-api-key", "an Authorization header in Python", $"headers = {{\"Authorization\": f\"Bearer {Key}\"}}", Key)
        .FindsIn("jina-api-key", "a key with '_' and '-' after the hex", $"headers = {{'Authorization': 'Bearer {DashedKey}'}}", DashedKey)
        .Ignores("jina-api-key", "'_' before 32 hex digits", $"value: {FakeKey.Of("ji", "na_", FakeKey.Random(FakeKey.Base62, 32, 87), "_", FakeKey.Random(FakeKey.Base62, 20, 88))}")
        .Ignores("jina-api-key", "a snake_case name", "value = settings.jina_api_key_for_the_reranker_service_in_production")
        .Ignores("jina-api-key", "inside a longer token", $"value: Q{Key}")
        .Ignores("jina-api-key", "too short", $"value: {Key[..30]}");
}
