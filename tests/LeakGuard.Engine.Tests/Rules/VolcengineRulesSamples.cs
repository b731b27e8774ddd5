using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class VolcengineRulesSamples
{
    private static readonly string AccessKeyId = FakeKey.Of("AK", "LT", FakeKey.Base64Of(FakeKey.Random(FakeKey.Hex, 32, 1)).TrimEnd('='));

    // Base 64 of the unpadded base 64 of 32 hex digits: 60 characters.
    private static readonly string Secret = FakeKey.Base64Of(FakeKey.Base64Of(FakeKey.Random(FakeKey.Hex, 32, 2)).TrimEnd('='));

    private static readonly string OlderSecret = FakeKey.Random(FakeKey.Base62, 64, 3);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("volcengine-access-key-pair", "the Java SDK", $"translateService.setAccessKey(\"{AccessKeyId}\");\ntranslateService.setSecretKey(\"{Secret}\");", Secret)
        .FindsIn("volcengine-access-key-pair", "an older account's secret", $"visual.SetAccessKey(\"{AccessKeyId}\")\nvisual.SetSecretKey(\"{OlderSecret}\")", OlderSecret)
        .Ignores("volcengine-access-key-pair", "60 characters of base 64 over other text", $"value: {AccessKeyId}, {FakeKey.Base64Of(FakeKey.Random(FakeKey.Base62, 43, 4))}");
}
