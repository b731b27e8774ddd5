using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class ConfigCatRulesSamples
{
    private static readonly string Key = FakeKey.Of("configcat-", "sdk-1/", FakeKey.Random(FakeKey.UrlSafe, 22, 1), "/", FakeKey.Random(FakeKey.UrlSafe, 22, 2));

    private static readonly string LegacyKey = FakeKey.Of(FakeKey.Random(FakeKey.UrlSafe, 22, 6), "/", FakeKey.Random(FakeKey.UrlSafe, 22, 7));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("configcat-sdk-key", Key, "CONFIGCAT_SDK_KEY")
        .FindsIn("configcat-sdk-key", "the .NET client", $"var client = ConfigCatClient.Get(\"{Key}\");", Key)
        .Ignores("configcat-sdk-key", "an id too short", $"value: configcat-sdk-1/{FakeKey.Random(FakeKey.UrlSafe, 21, 3)}/{FakeKey.Random(FakeKey.UrlSafe, 22, 4)}")
        .Ignores("configcat-sdk-key", "a key of ConfigCat's own integration tests", $"var client = ConfigCatClient.Get(\"configcat-sdk-1/{FakeKey.Of("PKDVCLf-Hq-", "h-kCzMp-L7Q")}/{FakeKey.Random(FakeKey.UrlSafe, 22, 5)}\");")
        .FindsIn("configcat-legacy-sdk-key", "an older key given to the client", $"const configCatClient = configcat.getClient(\"{LegacyKey}\");", LegacyKey)
        .Ignores("configcat-legacy-sdk-key", "a path of two ids with no ConfigCat near", $"value: {LegacyKey}");
}
