using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class ImgurRulesSamples
{
    private static readonly string Secret = FakeKey.Random(FakeKey.Hex, 40, 1);

    private static readonly string ClientId = FakeKey.Random(FakeKey.Hex, 15, 2);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("imgur-client-secret", Secret, "IMGUR_CLIENT_SECRET")
        .FindsIn("imgur-client-secret", "Java constants beside the public client id", $"public static final String IMGUR_CLIENT_ID = \"{ClientId}\";\npublic static final String IMGUR_CLIENT_SECRET = \"{Secret}\";\n", Secret)
        .FindsIn("imgur-client-secret", "Python's pyimgur", $"im = pyimgur.Imgur(\"{ClientId}\", client_secret=\"{Secret}\")\n", Secret)
        .FindsIn("imgur-client-secret", "the imgur package for Node", $"const client = new ImgurClient({{\n  clientId: process.env.IMGUR_CLIENT_ID,\n  clientSecret: '{Secret}',\n}});\n", Secret)
        .FindsIn("imgur-client-secret", "a C# client's constructor", $"var imgur = new ImgurClient(\"{ClientId}\", \"{Secret}\");\n", Secret)
        .Ignores("imgur-client-secret", "no Imgur named", $"\"checksum\": \"{Secret}\"")
        .Ignores("imgur-client-secret", "one character short", $"imgur: {Secret[..^1]}")
        .Ignores("imgur-client-secret", "an image's SHA-1 next to its Imgur link", $"- url: https://i.imgur.com/{FakeKey.Random(FakeKey.Base62, 7, 3)}.png\n  sha1: {Secret}\n");
}
