using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class AdobeRulesSamples
{
    private static readonly string Secret = FakeKey.Of("p8", "e-", FakeKey.Random(FakeKey.Base62, 32, 7));

    private static readonly string WithDashes = FakeKey.Of("p8", "e-", FakeKey.Random(FakeKey.Base62, 10, 8), "-", FakeKey.Random(FakeKey.Base62, 12, 9), "_", FakeKey.Random(FakeKey.Base62, 8, 10));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("adobe-client-secret", Secret, "ADOBE_CLIENT_SECRET")
        .FindsIn("adobe-client-secret", "a secret with - and _ in it", $"ADOBE_CLIENT_SECRET=\"{WithDashes}\"", WithDashes)
        .Ignores("adobe-client-secret", "letters only", "secret: p8" + "e-" + FakeKey.Random(TestKeys.Letters, 32, 8))
        .Ignores("adobe-client-secret", "one character short", $"value: {Secret[..^1]}");
}
