using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class BaiduMapsRulesSamples
{
    private static readonly string Key = FakeKey.Random(FakeKey.Base62, 32, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("baidu-maps-ak", "a request URL", $"http://api.map.baidu.com/geocoding/v3/?address=北京市海淀区&output=json&ak={Key}", Key)
        .Ignores("baidu-maps-ak", "no Baidu Maps named", $"value: {Key}")
        .FindsIn("baidu-maps-ak", "the JavaScript API's loader (a browser key: a Referer check is all that guards it)", $"<script src=\"https://api.map.baidu.com/api?v=3.0&ak={Key}\"></script>", Key)
        .Ignores("baidu-maps-ak", "the sample key of Baidu's demos", $"http://api.map.baidu.com/geocoding/v3/?address=x&output=json&ak={FakeKey.Of("E4805d16520d", "e693a3fe707c", "dc962045")}");
}
