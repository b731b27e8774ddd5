using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class CartesiaRulesSamples
{
    private static readonly string Key = FakeKey.Of("sk", "_car_", FakeKey.Random(FakeKey.Base62, 20, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("cartesia-api-key", Key, "CARTESIA_API_KEY")
        .FindsIn("cartesia-api-key", "a Swift constant", $"private let cartesiaAPIKey = \"{Key}\"", Key)
        .Ignores("cartesia-api-key", "one character short", $"value: {Key[..^1]}")
        .FindsIn("cartesia-api-key", "a key of 22 characters, as issued", $"export CARTESIA_API_KEY=\"{FakeKey.Of("sk", "_car_", FakeKey.Random(FakeKey.Base62, 22, 2))}\"", FakeKey.Of("sk", "_car_", FakeKey.Random(FakeKey.Base62, 22, 2)));
}
