using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class BaiduMapsRulesSamples
{
    private static readonly string Key = FakeKey.Random(FakeKey.Base62, 32, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("baidu-maps-ak", "a request URL", $"http://api.map.baidu.com/geocoding/v3/?address=北京市海淀区&output=json&ak={Key}", Key)
        .Ignores("baidu-maps-ak", "no Baidu Maps named", $"value: {Key}");
}
