using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class KaggleRulesSamples
{
    private static readonly string Key = FakeKey.Of("KGAT", "_", FakeKey.Random(FakeKey.Hex, 32, 8));

    private static readonly string Legacy = FakeKey.Random(FakeKey.Hex, 32, 9);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("kaggle-api-token", Key, "KAGGLE_API_TOKEN")
        .FindsIn("kaggle-json-key", "kaggle.json", $"{{\"username\":\"someone\",\"key\":\"{Legacy}\"}}", Legacy)
        .Ignores("kaggle-api-token", "an upper-case tail", $"token: KGAT_{FakeKey.Random("ABCDEF0123456789", 32, 10)}")
        .Ignores("kaggle-json-key", "an object that is not kaggle.json", $"{{\"username\":\"someone\",\"hash\":\"{Legacy}\"}}");
}
