using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class StreamRulesSamples
{
    private static readonly string Key = FakeKey.Random(TestKeys.LowerAlphanumeric, 64, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("stream-api-secret", Key, "STREAM_API_SECRET")
        .FindsIn("stream-api-secret", "the server client", $"const serverClient = StreamChat.getInstance('" + FakeKey.Random(TestKeys.LowerAlphanumeric, 12, 2) + $"', '{Key}');", Key)
        .FindsByName("stream-api-secret", "a variable the Python client takes", $"API_SECRET = \"{Key}\"", "chat = StreamChat(api_key=API_KEY, api_secret=API_SECRET)", Key)
        .FindsByName("stream-api-secret", "a variable the server connection takes", $"const API_SECRET = \"{Key}\";", "const serverClient = stream.connect(API_KEY, API_SECRET);", Key)
        .Ignores("stream-api-secret", "another connection's second argument", $"const port = \"{Key}\";\nconst db = mysql.connect(host, port);")
        .Ignores("stream-api-secret", "no Stream named", $"value: {Key}")
        .FindsIn("stream-api-secret", "the Python client", $"client = StreamChat(api_key=\"" + FakeKey.Random(TestKeys.LowerAlphanumeric, 12, 3) + $"\", api_secret=\"{Key}\")", Key);
}
