using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class ConfigCatRulesSamples
{
    private static readonly string Key = FakeKey.Of("configcat-", "sdk-1/", FakeKey.Random(FakeKey.UrlSafe, 22, 1), "/", FakeKey.Random(FakeKey.UrlSafe, 22, 2));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("configcat-sdk-key", Key, "CONFIGCAT_SDK_KEY")
        .FindsIn("configcat-sdk-key", "the .NET client", $"var client = ConfigCatClient.Get(\"{Key}\");", Key)
        .Ignores("configcat-sdk-key", "an id too short", $"value: configcat-sdk-1/{FakeKey.Random(FakeKey.UrlSafe, 21, 3)}/{FakeKey.Random(FakeKey.UrlSafe, 22, 4)}");
}
