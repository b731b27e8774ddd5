using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class BaiduQianfanRulesSamples
{
    private static readonly string Key = FakeKey.Of("bce-v3/", "ALTAK-", FakeKey.Random(FakeKey.Base62, 21, 1), "/", FakeKey.Random(FakeKey.Hex, 40, 2));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("baidu-qianfan-api-key", Key, "QIANFAN_API_KEY")
        .FindsIn("baidu-qianfan-api-key", "the Java client", $"QianfanV2 client = new Qianfan(\"{Key}\").v2();", Key)
        .Ignores("baidu-qianfan-api-key", "one hex digit short", $"value: {Key[..^1]}");
}
