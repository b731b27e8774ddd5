using System.Collections.Generic;
using System.Linq;

namespace LeakGuard.Engine.Rules;

internal static class ElasticRules
{
    private static readonly Remediation Remediation = new("https://cloud.elastic.co/account/keys", "Elastic:ApiKey", "ELASTIC_API_KEY");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "elastic-cloud-api-key",
            "Elastic",
            "Elastic Cloud API key (essu_)",
            Patterns.Token("essu_[A-Za-z0-9+/]{60,200}={0,2}", Patterns.Base64),
            new[] { "essu_" },
            Remediation)
        {
            MinEntropy = 4,

            // Base 64 of binary, whose zero bytes are runs of "A".
            RunsBelongToFormat = true,
        },

        // What Elasticsearch and Kibana hand out as the "encoded" API key, for an Authorization: ApiKey header or a
        // client's ApiKey: base 64 of the key's 20-character id, ':' and its 22-character secret. Only the decoded shape
        // tells it apart, so the text must name Elastic or the header's scheme.
        new SecretRule(
            "elastic-encoded-api-key",
            "Elastic",
            "Elasticsearch API key in its encoded form (base 64 of id:api_key) next to Elastic or an ApiKey header",
            Patterns.Token("[A-Za-z0-9+/]{58}==", Patterns.Base64),
            new[] { "elastic", "kibana", "apikey " },
            Remediation)
        {
            Confidence = Confidence.Medium,
            ContextKeywords = new[] { "elastic", "elasticsearch", "kibana", "ApiKey" },
            Validator = IsEncodedIdAndKey,
        },
    };

    private static bool IsEncodedIdAndKey(string value)
    {
        var decoded = UnpaddedBase64.Decode(value);
        return decoded is { Length: 43 } && decoded[20] == ':' && decoded.Remove(20, 1).All(IsUrlSafe) && Plausibility.MixesLettersAndDigits(decoded.Substring(21));
    }

    private static bool IsUrlSafe(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' or '-';
}
