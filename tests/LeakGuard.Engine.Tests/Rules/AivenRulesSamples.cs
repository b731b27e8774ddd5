using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class AivenRulesSamples
{
    private static readonly string Key = FakeKey.Of("AVNS", "_", FakeKey.Random(FakeKey.Base62, 19, 7));

    private static readonly string LettersOnly = FakeKey.Of("AVNS", "_", FakeKey.Random("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_-", 19, 8));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("aiven-service-password", Key, "DATABASE_PASSWORD")
        .Ignores("aiven-service-password", "a placeholder", "DATABASE_PASSWORD=AVNS_xxxxxxxxxxxxxxxxxxx")
        .Finds("aiven-service-password", LettersOnly, "DATABASE_PASSWORD");
}
