using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class WitAiRulesSamples
{
    private static readonly string Token = FakeKey.Random(FakeKey.UpperBase32, 32, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("wit-ai-access-token", Token, "WIT_TOKEN")
        .FindsIn("wit-ai-access-token", "node-wit's client", $"const {{ Wit, log }} = require('node-wit');\nconst client = new Wit({{\n  accessToken: '{Token}',\n  logger: new log.Logger(log.DEBUG),\n}});\n", Token)
        .FindsIn("wit-ai-access-token", "pywit's client", $"from wit import Wit\nclient = Wit(\"{Token}\")\nresp = client.message(\"set an alarm tomorrow at 7am\")\n", Token)
        .FindsIn("wit-ai-access-token", "pywit imported at the top, the token a page below", $"from wit import Wit\n{RuleSamples.PageOfCode}ACCESS_TOKEN = \"{Token}\"\nclient = Wit(ACCESS_TOKEN)\n", Token)
        .FindsIn("wit-ai-access-token", "a bearer header to api.wit.ai in C#", $"var request = new HttpRequestMessage(HttpMethod.Get, \"https://api.wit.ai/message?v=20240304&q=\" + query);\nrequest.Headers.Add(\"Authorization\", \"Bearer {Token}\");\n", Token)
        .FindsIn("wit-ai-access-token", "a bot's YAML settings", $"wit_ai:\n  server_access_token: {Token}\n", Token)
        .Ignores("wit-ai-access-token", "no Wit.ai named", $"\"sku\": \"{Token}\"")
        .Ignores("wit-ai-access-token", "the base 32 alphabet itself", "WIT_TOKEN_ALPHABET = \"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567\"\n")
        .Ignores("wit-ai-access-token", "Twitter's client, new Twit(, not new Wit(", $"const T = new Twit({{ consumer_key: '{Token}' }});\n")
        .Ignores("wit-ai-access-token", "letters only", $"wit_ai: {FakeKey.Random("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 32, 3)}")
        .Ignores("wit-ai-access-token", "one character short", $"wit_ai: {Token[..^1]}");
}
