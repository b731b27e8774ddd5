using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class VkRulesSamples
{
    private static readonly string Key = FakeKey.Of("vk1", ".a.", FakeKey.Random(FakeKey.UrlSafe, 210, 69));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("vk-access-token", Key, "VK_ACCESS_TOKEN")
        .Ignores("vk-access-token", "too short", $"token: vk1.a.{FakeKey.Random(FakeKey.UrlSafe, 60, 70)}");
}
