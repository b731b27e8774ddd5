using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using LeakGuard.Engine.Decoding;

namespace LeakGuard.Engine.Rules;

internal static class KubernetesRules
{
    private static readonly Remediation Remediation = new(
        "https://kubernetes.io/docs/concepts/security/secrets-good-practices/",
        "Kubernetes:SecretName",
        "KUBERNETES_SECRET")
    {
        Steps = new[]
        {
            "Change the credential the value decodes to where it was issued (the database, service or provider its key names): anyone who can read the repository can decode it.",
            "Keep the Secret's values out of the repository: create the Secret from the CI's secret variables (kubectl create secret), or commit it encrypted (Sealed Secrets, SOPS) or as a reference to a secret store (External Secrets Operator); see https://kubernetes.io/docs/concepts/security/secrets-good-practices/.",
        },
    };

    private static readonly string[] Kind = { "kind: Secret", "kind: \"Secret\"", "kind: 'Secret'" };

    private static readonly string[] CredentialWords = { "password", "passwd", "secret", "token", "apikey", "api_key", "api-key" };

    // A Secret's data is base 64 of the secret. Only values of a manifest that says "kind: Secret" are read (a
    // ConfigMap's, a SealedSecret's encryptedData are not), and a key that names a setting (DB_HOST, username) is left
    // out. The value is reported when it decodes to one line of text that is not a placeholder, or to 16 bytes or more
    // of binary key material; what it decodes to is scanned too, so a provider's key there is reported as that key.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "kubernetes-secret-data",
            "Kubernetes",
            "Value of a Kubernetes Secret's data committed with its manifest",
            "[\"']?(?<secret>[A-Za-z0-9+/]{8,4096}={0,2})[\"']?",
            Kind,
            Remediation)
        {
            Confidence = Confidence.Medium,
            Regions = KubernetesSecretValues.Data,
            IsPlausible = DecodesToACredential,
            MadeLocally = true,
        },

        // stringData holds the same values written as they are (Kubernetes encodes them when it stores the Secret).
        new SecretRule(
            "kubernetes-secret-string-data",
            "Kubernetes",
            "Value of a Kubernetes Secret's stringData committed with its manifest",
            "[\"']?(?<secret>[^\\s\"']{8,512})[\"']?",
            Kind,
            Remediation)
        {
            Confidence = Confidence.Medium,
            Regions = KubernetesSecretValues.StringData,
            IsPlausible = value => IsPrintable(value) && IsCredentialText(value),
            MadeLocally = true,
        },
    };

    private static bool DecodesToACredential(string value)
    {
        if (value.Length % 4 != 0)
        {
            return false;
        }

        var bytes = Convert.FromBase64String(value);
        var decoded = Encoding.UTF8.GetString(bytes);

        // A PEM block, even cut short: a certificate or public key is no secret, and a private key is reported by what
        // the value decodes to.
        if (decoded.StartsWith("-----BEGIN", StringComparison.Ordinal))
        {
            return false;
        }

        if (!IsPrintable(decoded))
        {
            return bytes.Length >= 16;
        }

        var text = decoded.Trim();
        return (text.IndexOf('\n') < 0 || IsWrappedBase64(text)) && IsCredentialText(text);
    }

    /// <summary>
    /// One value that may be a password or token: not a placeholder, a default, a number, an address, a certificate,
    /// words naming one, or a versioned name kept beside the secrets ("claude-3-5-sonnet"). Words alone may be a
    /// passphrase ("orange-harbour-lantern").
    /// </summary>
    private static bool IsCredentialText(string text) =>
        text.Length >= 8
            && !text.StartsWith("-----BEGIN", StringComparison.Ordinal)
            && !NamesItself(text)
            && !IsName(text)
            && !IsVersionedName(text)
            && !IsAddress(text)
            && !Placeholders.IsPlaceholder(text, madeByPeople: true)
            && !DemoPasswords.Contains(text)
            && !IsNumber(text)
            && !PasswordValue.IsModularCryptHash(text)
            && !IsTimestamp(text)
            && !IsListOfNames(text);

    /// <summary>A date, with its time or not ("2024-02-19T10:11:12Z"): Argo CD keeps admin.passwordMtime beside the password's hash.</summary>
    private static bool IsTimestamp(string text) =>
        text.Length >= 10 && text[4] == '-' && text[7] == '-'
        && text.Take(10).Where((c, i) => i is not 4 and not 7).All(c => c is >= '0' and <= '9')
        && text.Skip(10).All(c => c is (>= '0' and <= '9') or 'T' or 'Z' or ':' or '.' or '+' or '-');

    /// <summary>Names joined by commas ("refunds_v2,3ds_challenge"): a setting's list of features or scopes.</summary>
    private static bool IsListOfNames(string text) =>
        text.IndexOf(',') > 0 && GenericValue.IsIdentifierLike(text.Replace(',', '_'));

    /// <summary>Words and a version joined by '-' or '_' ("claude-3-5-sonnet", "gpt-4o-mini-2024"): a model's or a release's name.</summary>
    private static bool IsVersionedName(string text) =>
        GenericValue.IsIdentifierLike(text) && text.Split('-', '_', '.').Any(part => part.Length > 0 && part.All(char.IsDigit));

    /// <summary>Printable ASCII and line breaks: what passwords and tokens are written in.</summary>
    private static bool IsPrintable(string decoded)
    {
        foreach (var c in decoded)
        {
            if ((c < ' ' || c >= 0x7F) && c is not '\n' and not '\r' and not '\t')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Key material written as base 64 over several lines (a MongoDB key file); any other text of several lines is a
    /// file of settings, which the scan of what the value decodes to reads for keys.
    /// </summary>
    private static bool IsWrappedBase64(string text)
    {
        foreach (var c in text)
        {
            if (!(char.IsLetterOrDigit(c) && c < 128) && c is not '+' and not '/' and not '=' and not '\n' and not '\r')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Words that say what the value is for instead of being it ("mysqlpassword", "client_secret",
    /// "SuperSecretPassword123!"): mostly letters, with the name of a credential among them.
    /// </summary>
    private static bool NamesItself(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z')
            {
                letters++;
            }
        }

        if (letters * 10 < text.Length * 7)
        {
            return false;
        }

        var lower = text.ToLowerInvariant();
        foreach (var word in CredentialWords)
        {
            if (lower.IndexOf(word, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A name standing for the value: a variable to substitute ("$DB_PASSWORD", "%DB_PASSWORD%") or a constant-style
    /// name of words in capitals ("REPLACE_WITH_THE_DB_PASSWORD", in any language).
    /// </summary>
    private static bool IsName(string text)
    {
        if (text[0] == '$')
        {
            return Plausibility.IsConstantName(text.Substring(1), underscores: 0);
        }

        return text[0] == '%' && text[text.Length - 1] == '%'
            ? Plausibility.IsConstantName(text.Substring(1, text.Length - 2), underscores: 0)
            : Plausibility.IsConstantName(text, underscores: 2);
    }

    /// <summary>
    /// A web address without credentials (one with a user and password is found by what it decodes to), a host name
    /// ("db.internal.example.org") or hosts and ports: where a service is, not how to get in.
    /// </summary>
    private static bool IsAddress(string text)
    {
        if (text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            return text.IndexOf('@') < 0;
        }

        // A host, or a host and port ("kafka:9092"), or a list of them ("kafka-0:9092,kafka-1:9092").
        int dots = 0, colons = 0;
        var lastLetter = false;
        foreach (var c in text)
        {
            if (c is '.' or ':' or ',')
            {
                dots += c == '.' ? 1 : 0;
                colons += c == ':' ? 1 : 0;
            }
            else if (!(c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-'))
            {
                return false;
            }

            lastLetter = c is >= 'a' and <= 'z';
        }

        return (dots > 0 && lastLetter) || (colons > 0 && char.IsDigit(text[text.Length - 1]));
    }

    private static bool IsNumber(string text)
    {
        foreach (var c in text)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }
        }

        return true;
    }
}
