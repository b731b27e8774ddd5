using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class BaiduAiRulesSamples
{
    private static readonly string SecretKey = FakeKey.Random(FakeKey.Base62, 32, 1);

    private static readonly string ApiKey = FakeKey.Random(FakeKey.Base62, 24, 2);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("baidu-ai-secret-key", SecretKey, "BAIDU_SECRET_KEY")
        .FindsIn("baidu-ai-secret-key", "the Python SDK's OCR client", $"from aip import AipOcr\n\nAPP_ID = '10723218'\nAPI_KEY = os.environ['BAIDU_API_KEY']\nSECRET_KEY = '{SecretKey}'\n\nclient = AipOcr(APP_ID, API_KEY, SECRET_KEY)\n", SecretKey)
        .FindsIn("baidu-ai-secret-key", "the Java SDK's speech client", $"public class Sample {{\n    public static final String APP_ID = \"10723218\";\n    public static final String API_KEY = System.getenv(\"BAIDU_API_KEY\");\n    public static final String SECRET_KEY = \"{SecretKey}\";\n\n    AipSpeech client = new AipSpeech(APP_ID, API_KEY, SECRET_KEY);\n}}", SecretKey)
        .FindsIn("baidu-ai-secret-key", "the token endpoint's parameters", $"host = 'https://aip.baidubce.com/oauth/2.0/token'\nparams = {{'grant_type': 'client_credentials', 'client_id': '{ApiKey}', 'client_secret': '{SecretKey}'}}\n", SecretKey)
        .FindsIn("baidu-maps-ak", "a Baidu Maps key, which the Maps rule names rather than this one", $"<script src=\"https://api.map.baidu.com/api?v=3.0&ak={SecretKey}\"></script>", SecretKey)
        .Ignores("baidu-ai-secret-key", "a value without digits beside the client", $"client = AipOcr(APP_ID, API_KEY, SECRET_KEY)\nlabel = '{FakeKey.Random(TestKeys.Letters, 32, 3)}'")
        .Ignores("baidu-ai-secret-key", "no Aip client or Baidu AI host", $"\"etag\": \"{SecretKey}\"");
}
