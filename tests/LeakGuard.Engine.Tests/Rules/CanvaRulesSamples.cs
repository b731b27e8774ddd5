using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class CanvaRulesSamples
{
    private static readonly string Secret = FakeKey.Of("cnv", "ca", FakeKey.Random(FakeKey.UrlSafe, 51, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("canva-client-secret", Secret, "CANVA_CLIENT_SECRET")
        .Ignores("canva-client-secret", "one character short", $"value: {Secret[..^1]}");
}
