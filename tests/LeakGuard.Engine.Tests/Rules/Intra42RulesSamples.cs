using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class Intra42RulesSamples
{
    private static readonly string Secret = FakeKey.Of("s-s4t2", "ud-", FakeKey.Random(FakeKey.Hex, 64, 1));

    private static readonly string OlderSecret = FakeKey.Of("s-s4t2", "af-", FakeKey.Random(FakeKey.Hex, 64, 2));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("intra42-client-secret", Secret, "FT_CLIENT_SECRET")
        .FindsIn("intra42-client-secret", "the other prefix", $"clientSecret := \"{OlderSecret}\"", OlderSecret)
        .Ignores("intra42-client-secret", "one digit short", $"value: {Secret[..^1]}")
        .Ignores("intra42-client-secret", "another prefix", $"value: s-s4t2xx-{FakeKey.Random(FakeKey.Hex, 64, 3)}");
}
