using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class IflytekRulesSamples
{
    private static readonly string Secret = FakeKey.Base64Of(FakeKey.Random(FakeKey.Hex, 24, 1));

    private static readonly string Key = FakeKey.Random(FakeKey.Hex, 32, 2);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("iflytek-api-secret", Secret, "IFLYTEK_API_SECRET")
        .FindsIn("iflytek-api-secret", "under its name in a component's data", $"      aiWebSocketUrl: '/chat',\n      APPID: '5d460b66',\n      APISecret: '{Secret}',\n      currentAnswer: '',", Secret)
        .FindsIn("iflytek-api-secret", "beside the Spark URL", $"SPARKAI_URL = 'wss://spark-api.xf-yun.com/v3.5/chat'\nsecret = '{Secret}'", Secret)
        .Finds("iflytek-api-key", Key, "XUNFEI_API_KEY")
        .FindsIn("iflytek-api-key", "beside the Spark host", $"API_KEY = \"{Key}\"\nHOST = \"spark-api.xf-yun.com\"\nPATH = \"/v3.5/chat\"", Key)
        .Ignores("iflytek-api-secret", "base64 of other bytes beside the Spark host", $"HOST = \"spark-api.xf-yun.com\"\nbanner = '{FakeKey.Base64Of(FakeKey.Random(FakeKey.Base62, 24, 3))}'")
        .Ignores("iflytek-api-key", "no iFlytek named", $"\"checksum\": \"{Key}\"");
}
