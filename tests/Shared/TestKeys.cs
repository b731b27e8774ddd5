using System;
using System.Text;
using LeakGuard.Engine;

namespace LeakGuard.Tests;

/// <summary>Real-shaped keys of each provider, built by <see cref="FakeKey"/> at run time.</summary>
internal static class TestKeys
{
    public const string Letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    public const string Digits = "0123456789";

    public const string UpperAlphanumeric = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    public const string LowerAlphanumeric = "abcdefghijklmnopqrstuvwxyz0123456789";

    public const string UpperHex = "0123456789ABCDEF";

    /// <summary>The hex digits Flutterwave extends to 'h'.</summary>
    public const string HexToH = "0123456789abcdefgh";

    /// <summary>The upper-case bech32 alphabet of age keys.</summary>
    public const string Bech32Upper = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L";

    public static string OpenAi(int seed = 1) =>
        FakeKey.Of("sk-", FakeKey.Random(FakeKey.Base62, 20, seed), "T3Blbk", "FJ", FakeKey.Random(FakeKey.Base62, 20, seed + 1000));

    public static string OpenAiProject(int seed = 1) =>
        FakeKey.Of("sk-", "proj-", FakeKey.Random(FakeKey.UrlSafe, 74, seed), "T3Blbk", "FJ", FakeKey.Random(FakeKey.UrlSafe, 74, seed + 1000));

    /// <summary>A project, service account, admin or unscoped key: <paramref name="kind"/> is "proj", "svcacct", "admin" or "None".</summary>
    public static string OpenAiScoped(string kind, int seed = 1) =>
        FakeKey.Of("sk-", kind, "-", FakeKey.Random(FakeKey.UrlSafe, 58, seed), "T3Blbk", "FJ", FakeKey.Random(FakeKey.UrlSafe, 58, seed + 1000));

    /// <summary>A classic GitHub token whose last six characters are the CRC-32 of its body, as GitHub issues them.</summary>
    public static string GitHubClassic(int seed = 1) => GitHub("p", seed);

    /// <summary>
    /// A checksummed GitHub token of kind <paramref name="letter"/> ("p", "o", "u", "s" or "r"); a refresh token ("r") has
    /// seventy random characters, the others thirty.
    /// </summary>
    public static string GitHub(string letter, int seed = 1) => Checksummed("gh" + letter + "_", seed, letter == "r" ? 70 : 30);

    public static string GitHubFineGrained(int seed = 1) =>
        FakeKey.Of("github", "_pat_", FakeKey.Random(FakeKey.Base62, 22, seed), "_", FakeKey.Random(FakeKey.Base62, 59, seed + 1000));

    public static string Npm(int seed = 1) => Checksummed("np" + "m_", seed);

    /// <summary><paramref name="body"/> and its CRC-32 in 8 hex digits, as Private Packagist's and Trello's tokens end.</summary>
    public static string WithHexCrc32(string body, bool upperCase) =>
        body + Crc32.Compute(body).ToString(upperCase ? "X8" : "x8", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// A NATS nkey seed of the type <paramref name="type"/> ('U' user, 'A' account, 'O' operator): 'S' and the type in
    /// the first two bytes, 32 random bytes, their CRC-16 least significant byte first; in unpadded base 32.
    /// </summary>
    public static string NatsSeed(char type = 'U', int seed = 1, bool validChecksum = true)
    {
        var typeByte = type switch { 'U' => 20 << 3, 'A' => 0, 'O' => 14 << 3, _ => throw new ArgumentOutOfRangeException(nameof(type)) };
        var bytes = new byte[36];
        bytes[0] = (byte)((18 << 3) | (typeByte >> 5));
        bytes[1] = (byte)((typeByte & 31) << 3);
        new Random(seed).NextBytes(bytes.AsSpan(2, 32));
        var crc = Crc16.Compute(bytes.AsSpan(0, 34)) ^ (validChecksum ? 0 : 1);
        bytes[34] = (byte)crc;
        bytes[35] = (byte)(crc >> 8);

        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var text = new StringBuilder();
        for (var bit = 0; bit < bytes.Length * 8; bit += 5)
        {
            var value = 0;
            for (var i = bit; i < bit + 5; i++)
            {
                value = (value << 1) | (i < bytes.Length * 8 ? (bytes[i / 8] >> (7 - (i % 8))) & 1 : 0);
            }

            text.Append(Alphabet[value]);
        }

        return text.ToString();
    }

    /// <summary><paramref name="prefix"/>, thirty (or <paramref name="randomLength"/>) random base-62 characters and their base-62 CRC-32.</summary>
    public static string Checksummed(string prefix, int seed = 1, int randomLength = 30)
    {
        var body = FakeKey.Random(FakeKey.Base62, randomLength, seed);
        return FakeKey.Of(prefix, body, Base62.Encode(Crc32.Compute(body), 6));
    }

    public static string Anthropic(int seed = 1) =>
        FakeKey.Of("sk-", "ant-", "api03-", FakeKey.Random(FakeKey.UrlSafe, 93, seed), "AA");

    public static string AnthropicAdmin(int seed = 1) =>
        FakeKey.Of("sk-", "ant-", "admin01-", FakeKey.Random(FakeKey.UrlSafe, 93, seed), "AA");

    public static string GoogleApiKey(int seed = 1) => FakeKey.Of("AI", "za", FakeKey.Random(FakeKey.UrlSafe, 35, seed));

    public static string GoogleAuthKey(int seed = 1) => FakeKey.Of("AQ", ".Ab", FakeKey.Random(FakeKey.UrlSafe, 48, seed));

    public static string AzureAiServicesKey(int seed = 1) =>
        FakeKey.Of(FakeKey.Random(FakeKey.Base62, 52, seed), "JQQJ", "99", FakeKey.Random(FakeKey.Base62, 18, seed + 1), "AC", "OG", FakeKey.Random(FakeKey.Base62, 4, seed + 2));

    /// <summary>A key in Microsoft's common annotated format of <paramref name="kind"/> (9, D or H) and <paramref name="signature"/>.</summary>
    public static string AzureAnnotated(string kind, string signature, int seed = 1) =>
        FakeKey.Of(FakeKey.Random(FakeKey.Base62, 52, seed), "JQQJ", "9", kind, FakeKey.Random(FakeKey.Base62, 1, seed + 1), "C", FakeKey.Random(FakeKey.Base62, 16, seed + 2), signature, FakeKey.Random(FakeKey.Base62, 4, seed + 3));

    public static string AzureStorageKey(int seed = 1) => FakeKey.Of(FakeKey.Random(FakeKey.Base64, 86, seed), "==");

    /// <summary>An 88-character key in Microsoft's identifiable format with <paramref name="signature"/> (such as "+ASt") in its place.</summary>
    public static string AzureIdentifiableLong(string signature, int seed = 1) =>
        FakeKey.Of(FakeKey.Random(FakeKey.Base64, 76, seed), signature, FakeKey.Random(FakeKey.Base64, 5, seed + 1000), "Q", "==");

    /// <summary>A 44-character key in Microsoft's identifiable format with <paramref name="signature"/> (such as "+ASb") in its place.</summary>
    public static string AzureIdentifiableShort(string signature, int seed = 1) =>
        FakeKey.Of(FakeKey.Random(FakeKey.Base64, 33, seed), signature, "C", FakeKey.Random(FakeKey.Base64, 5, seed + 1000), "=");

    public static string AzureFunctionsKey(int seed = 1) =>
        FakeKey.Of(FakeKey.Random(FakeKey.UrlSafe, 44, seed), "Az", "Fu", FakeKey.Random(FakeKey.UrlSafe, 5, seed + 1000), "w==");

    public static string AzureSearchKey(int seed = 1) =>
        FakeKey.Of(FakeKey.Random(FakeKey.Base62, 42, seed), "Az", "Se", "B", FakeKey.Random(FakeKey.Base62, 5, seed + 1000));

    public static string AzureContainerRegistryKey(int seed = 1) =>
        FakeKey.Of(FakeKey.Random(FakeKey.Base64, 42, seed), "+A", "CR", "A", FakeKey.Random(FakeKey.Base64, 5, seed + 1000));

    /// <summary>A Service Bus, Event Hubs or IoT Hub SharedAccessKey: 32 bytes in base 64.</summary>
    public static string AzureSharedAccessKey(int seed = 1) => FakeKey.Of(FakeKey.Random(FakeKey.Base64, 43, seed), "=");

    /// <summary>The sig= of a SAS URL: 32 bytes in base 64, URL-encoded.</summary>
    public static string AzureSasSignature(int seed = 1) => Uri.EscapeDataString(AzureSharedAccessKey(seed));

    public static string HuggingFace(int seed = 1) => FakeKey.Of("hf", "_", FakeKey.Random(Letters, 34, seed));

    public static string HuggingFaceOrg(int seed = 1) => FakeKey.Of("api_", "org_", FakeKey.Random(Letters, 34, seed));

    public static string Groq(int seed = 1) =>
        FakeKey.Of("gsk", "_", FakeKey.Random(FakeKey.Base62, 20, seed), "WGdyb3", "FY", FakeKey.Random(FakeKey.Base62, 24, seed + 1));

    public static string Xai(int seed = 1) => FakeKey.Of("xai", "-", FakeKey.Random(FakeKey.Base62 + "_", 80, seed));

    public static string Perplexity(int seed = 1) => FakeKey.Of("pplx", "-", FakeKey.Random(FakeKey.Base62, 48, seed));

    public static string DeepSeek(int seed = 1) => FakeKey.Of("sk", "-", FakeKey.Random(FakeKey.Hex, 32, seed));

    public static string OpenRouter(int seed = 1) => FakeKey.Of("sk-", "or-v1-", FakeKey.Random(FakeKey.Hex, 64, seed));

    public static string Replicate(int seed = 1) => FakeKey.Of("r8", "_", FakeKey.Random(FakeKey.Base62, 37, seed));

    public static string Together(int seed = 1) => FakeKey.Of("tgp_", "v1_", FakeKey.Random(FakeKey.UrlSafe, 43, seed));

    public static string LangSmith(string kind = "pt", int seed = 1) =>
        FakeKey.Of("lsv2_", kind, "_", FakeKey.Random(FakeKey.Hex, 32, seed), "_", FakeKey.Random(FakeKey.Hex, 10, seed + 1));

    /// <summary>An access key id with <paramref name="prefix"/> ("AKIA", "ASIA", "ABIA" or "ACCA") and 16 base-32 characters.</summary>
    /// <summary>An X (Twitter) app-only bearer token: a run of A, the app id, the encoded consumer part and a random tail.</summary>
    public static string TwitterBearer(int seed = 1) =>
        FakeKey.Of(new string('A', 21), FakeKey.Random(FakeKey.Base62, 5, seed), new string('A', 7), FakeKey.Random(FakeKey.Base62, 26, seed + 1), "%2F", FakeKey.Random(FakeKey.Base62, 4, seed + 2), "%3D", FakeKey.Random(FakeKey.Base62, 50, seed + 3));

    public static string AwsAccessKeyId(string prefix = "AKIA", int seed = 1) =>
        FakeKey.Of(prefix.Substring(0, 2), prefix.Substring(2), FakeKey.Random(FakeKey.UpperBase32, 16, seed));

    public static string AwsSecretKey(int seed = 1) => FakeKey.Random(FakeKey.Base64, 40, seed);

    public static string GitLab(string prefix, string body) => FakeKey.Of("gl", prefix, body);

    public static string SlackBot(int seed = 1) =>
        FakeKey.Of("xo", "xb-", FakeKey.Random(Digits, 12, seed), "-", FakeKey.Random(Digits, 13, seed + 1), "-", FakeKey.Random(FakeKey.Base62, 24, seed + 2));

    public static string SlackUser(int seed = 1) =>
        FakeKey.Of("xo", "xp-", FakeKey.Random(Digits, 12, seed), "-", FakeKey.Random(Digits, 12, seed + 1), "-", FakeKey.Random(Digits, 12, seed + 2), "-", FakeKey.Random(FakeKey.Hex, 32, seed + 3));

    public static string SlackApp(int seed = 1) =>
        FakeKey.Of("xa", "pp-1-A", FakeKey.Random(UpperAlphanumeric, 10, seed), "-", FakeKey.Random(Digits, 13, seed + 1), "-", FakeKey.Random(FakeKey.Hex, 64, seed + 2));

    public static string SlackLegacy(int seed = 1) =>
        FakeKey.Of("xo", "xs-", FakeKey.Random(Digits, 10, seed), "-", FakeKey.Random(Digits, 10, seed + 1), "-", FakeKey.Random(Digits, 10, seed + 2), "-", FakeKey.Random(FakeKey.Hex, 10, seed + 3));

    public static string SlackWebhook(int seed = 1) =>
        FakeKey.Of("https://hooks.", "slack.com/services/T", FakeKey.Random(UpperAlphanumeric, 10, seed), "/B", FakeKey.Random(UpperAlphanumeric, 10, seed + 1), "/", FakeKey.Random(FakeKey.Base62, 24, seed + 2));

    public static string Stripe(string kind = "sk", string mode = "live", int seed = 1) =>
        FakeKey.Of(kind, "_", mode, "_", FakeKey.Random(FakeKey.Base62, 24, seed));

    public static string TwilioApiKey(int seed = 1) => FakeKey.Of("S", "K", FakeKey.Random(FakeKey.Hex, 32, seed));

    /// <summary>A lower-case UUID, its five groups drawn with seeds <paramref name="seed"/> to <paramref name="seed"/> + 4.</summary>
    public static string Uuid(int seed = 1) => FakeKey.Of(
        FakeKey.Random(FakeKey.Hex, 8, seed), "-", FakeKey.Random(FakeKey.Hex, 4, seed + 1), "-", FakeKey.Random(FakeKey.Hex, 4, seed + 2), "-",
        FakeKey.Random(FakeKey.Hex, 4, seed + 3), "-", FakeKey.Random(FakeKey.Hex, 12, seed + 4));

    public static string Hex32(int seed = 1) => FakeKey.Random(FakeKey.Hex, 32, seed);

    /// <summary>A version 4 GUID written without hyphens, as API Management and Azure AI services write their keys.</summary>
    public static string CompactGuid(int seed = 1) =>
        FakeKey.Of(FakeKey.Random(FakeKey.Hex, 12, seed), "4", FakeKey.Random(FakeKey.Hex, 3, seed + 10), "a", FakeKey.Random(FakeKey.Hex, 15, seed + 20));

    public static string SendGrid(int seed = 1) =>
        FakeKey.Of("SG", ".", FakeKey.Random(FakeKey.UrlSafe, 22, seed), ".", FakeKey.Random(FakeKey.UrlSafe, 43, seed + 1));

    /// <summary>A nuget.org key: "oy2" and 43 characters laid out as nuget.org lays them (SEC101/030).</summary>
    public static string NuGet(int seed = 1)
    {
        const string Base36 = "0123456789abcdefghijklmnopqrstuvwxyz";
        return FakeKey.Of(
            "oy", "2",
            FakeKey.Random("abcdefghijklmnop", 1, seed),
            FakeKey.Random(Base36, 15, seed + 1),
            FakeKey.Random("aq", 1, seed + 2),
            FakeKey.Random(Base36, 11, seed + 3),
            FakeKey.Random("eu", 1, seed + 4),
            FakeKey.Random("bdfhjlnprtvxz357", 1, seed + 5),
            FakeKey.Random("abcdefghijklmnop", 1, seed + 6),
            FakeKey.Random(Base36, 11, seed + 7),
            FakeKey.Random("aeimquy4", 1, seed + 8));
    }

    /// <summary>
    /// A PEM block of <paramref name="label"/> ("RSA PRIVATE KEY", "PRIVATE KEY", ...) with a random body that starts as
    /// its kind's does: a DER SEQUENCE's "MII", or OpenSSH's "openssh-key-v1".
    /// </summary>
    public static string PrivateKey(string label = "RSA PRIVATE KEY", string newline = "\n", int seed = 1)
    {
        var start = label.Contains("OPENSSH", StringComparison.Ordinal) ? FakeKey.Of("b3BlbnNzaC1r", "ZXktdjEAAAAA") : FakeKey.Of("MIIEpAIB", "AAKCAQEA");
        var body = new StringBuilder();
        for (var line = 0; line < 12; line++)
        {
            body.Append(line == 0 ? start + FakeKey.Random(FakeKey.Base64, 64 - start.Length, seed) : FakeKey.Random(FakeKey.Base64, 64, seed + line)).Append(newline);
        }

        return FakeKey.Of("-----", "BEGIN ", label, "-----", newline, body.ToString(), "-----", "END ", label, "-----");
    }

    /// <summary>A signed token; <paramref name="claims"/> ends its payload (an "exp" claim, say).</summary>
    public static string Jwt(int seed = 1, string claims = "\"iat\":1716239022") =>
        JwtOf("{\"sub\":\"" + FakeKey.Random(FakeKey.Base62, 12, seed) + "\",\"name\":\"Jane Doe\"," + claims + "}", seed);

    /// <summary>A signed token whose payload is <paramref name="payload"/>.</summary>
    public static string JwtOf(string payload, int seed = 1) =>
        FakeKey.Of(Base64Url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}"), ".", Base64Url(payload), ".", FakeKey.Random(FakeKey.UrlSafe, 43, seed + 1));

    /// <summary>A token of <paramref name="header"/> and <paramref name="payload"/>, signed with <paramref name="signatureLength"/> characters.</summary>
    public static string JwtOf(string header, string payload, int signatureLength, int seed) =>
        FakeKey.Of(Base64Url(header), ".", Base64Url(payload), ".", FakeKey.Random(FakeKey.UrlSafe, signatureLength, seed + 1));

    private static string Base64Url(string json) =>
        FakeKey.Base64Of(json).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
