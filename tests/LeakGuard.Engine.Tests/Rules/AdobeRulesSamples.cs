using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class AdobeRulesSamples
{
    private static readonly string Secret = FakeKey.Of("p8", "e-", FakeKey.Random(FakeKey.Base62, 32, 7));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("adobe-client-secret", Secret, "ADOBE_CLIENT_SECRET")
        .Ignores("adobe-client-secret", "letters only", "secret: p8" + "e-" + FakeKey.Random(TestKeys.Letters, 32, 8))
        .Ignores("adobe-client-secret", "one character short", $"value: {Secret[..^1]}");
}
