using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class TigrisRulesSamples
{
    private static readonly string Key = FakeKey.Of("ts", "ec_", FakeKey.Random(FakeKey.UrlSafe, 60, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("tigris-secret-access-key", Key, "AWS_SECRET_ACCESS_KEY")
        .Ignores("tigris-secret-access-key", "the access key id", $"value: tid_{FakeKey.Random(FakeKey.UrlSafe, 40, 2)}");
}
