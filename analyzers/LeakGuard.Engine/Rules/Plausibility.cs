using System;

namespace LeakGuard.Engine.Rules;

/// <summary>Cheap shape checks that tell a random key from values that merely have its length and alphabet.</summary>
internal static class Plausibility
{
    // Capitalized words of three letters that names in code are made of. A capital and two small letters turn up in
    // random keys all the time, so only these count.
    private static readonly string[] ShortWords =
    {
        "Acl", "Add", "All", "And", "Any", "Api", "App", "Arn", "Ask", "Aws", "Bot", "Box", "Can", "Cmd", "Col", "Cpu",
        "Css", "Csv", "Day", "Dev", "Dir", "Dns", "Doc", "Dto", "End", "Env", "Err", "Exp", "Ext", "Fmt", "For", "Ftp",
        "Gcp", "Geo", "Get", "Gpu", "Has", "Hex", "Ids", "Img", "Int", "Iot", "Its", "Job", "Jwt", "Key", "Kms", "Len",
        "Lib", "Log", "Map", "Max", "Min", "Msg", "Net", "New", "Not", "Now", "Num", "Obj", "Off", "Old", "One", "Opt",
        "Out", "Own", "Pay", "Pdf", "Per", "Pid", "Pop", "Pos", "Ptr", "Put", "Ram", "Raw", "Ref", "Req", "Res", "Row",
        "Rpc", "Run", "Sdk", "Set", "Sns", "Sql", "Sqs", "Src", "Ssh", "Ssl", "Str", "Sub", "Sum", "Sys", "Tab", "Tag",
        "Tcp", "The", "Tls", "Tmp", "Top", "Ttl", "Two", "Txt", "Udp", "Uid", "Uri", "Url", "Use", "Val", "Var", "Via",
        "Vpc", "Web", "Win", "Xml", "Zip",
    };

    /// <summary>A version-4 GUID written without hyphens: 32 hex digits with '4' at 12 and 8, 9, a or b at 16.</summary>
    public static bool IsCompactGuid(string value) =>
        value.Length == 32 && value[12] == '4' && "89abAB".IndexOf(value[16]) >= 0;

    /// <summary>Whether <paramref name="value"/> has at least <paramref name="digits"/> digits and two letters.</summary>
    public static bool MixesLettersAndDigits(string value, int digits = 1)
    {
        int letterCount = 0, digitCount = 0;
        foreach (var c in value)
        {
            if (c >= '0' && c <= '9')
            {
                digitCount++;
            }
            else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
            {
                letterCount++;
            }
        }

        return digitCount >= digits && letterCount >= 2;
    }

    /// <summary>Whether the last segment of a URL's path mixes letters and digits, as a webhook's random id does.</summary>
    public static bool LastSegmentMixesLettersAndDigits(string url)
    {
        var path = url.TrimEnd('/');
        return MixesLettersAndDigits(path.Substring(path.LastIndexOf('/') + 1));
    }

    /// <summary>
    /// Whether <paramref name="value"/> reads as drawn at random from letters of both cases and digits, however few
    /// digits the draw gave it: two digits or more, or both cases and neither words nor a name in code. One random key
    /// of 20 such characters in seven has fewer than two digits ("GoCmsVM2tUzTcuVTiYfX").
    /// </summary>
    public static bool IsRandomBase62(string value) =>
        MixesLettersAndDigits(value, digits: 2) || (HasUpperAndLower(value) && !IsMostlyWords(value) && !IsCodeIdentifier(value));

    /// <summary>Letters of both cases and a digit, as in a random key drawn from letters and digits.</summary>
    public static bool MixesCasesAndDigits(string value) => MixesLettersAndDigits(value) && HasUpperAndLower(value);

    /// <summary>Whether every character of <paramref name="value"/> is a digit or a lower-case hex letter.</summary>
    public static bool IsLowerHex(string value)
    {
        foreach (var c in value)
        {
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            {
                return false;
            }
        }

        return value.Length > 0;
    }

    public static bool HasUpperAndLower(string value)
    {
        bool upper = false, lower = false;
        foreach (var c in value)
        {
            upper |= c >= 'A' && c <= 'Z';
            lower |= c >= 'a' && c <= 'z';
        }

        return upper && lower;
    }

    /// <summary>
    /// Whether four fifths or more of <paramref name="value"/> are words: runs of three or more lower-case letters, with
    /// the capital that starts them ("AmazonSSMManagedEC2InstanceDefaultPolicy", "policy/EC2InstanceProfileFor...").
    /// Names and paths are made of words; about one random 40-character base 64 string in a million is.
    /// </summary>
    public static bool IsMostlyWords(string value)
    {
        var inWords = 0;
        for (var i = 0; i < value.Length;)
        {
            var start = i;
            if (value[i] >= 'A' && value[i] <= 'Z')
            {
                i++;
            }

            var lower = i;
            while (i < value.Length && value[i] >= 'a' && value[i] <= 'z')
            {
                i++;
            }

            if (i - lower >= 3)
            {
                inWords += i - start;
            }
            else
            {
                i = start + 1;
            }
        }

        return value.Length > 0 && inWords * 5 >= value.Length * 4 && !HasRandomLetters(value);
    }

    /// <summary>
    /// Whether <paramref name="value"/> has two runs of four consonants or more ("crfh", "kzbhvp"), as lower-case random
    /// keys do (an Azure DevOps token's 52 characters of base 32) and names of words almost never.
    /// </summary>
    private static bool HasRandomLetters(string value)
    {
        var runs = 0;
        var run = 0;
        foreach (var c in value)
        {
            run = c is >= 'a' and <= 'z' && "aeiouy".IndexOf(c) < 0 ? run + 1 : 0;
            if (run == 4 && ++runs == 2)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="value"/> reads as a name in code: two words or more, one of them capitalized
    /// ("FastlyAccountData_1", "EntityV3Integrations", "serviceDefinitionV21"), a lower-case word allowed first only,
    /// words of three letters only from a short list of those names use ("getCommandAndParentPID"), together four fifths
    /// of it; or such a name and the 8 hex digits the AWS CDK appends to a construct's logical id
    /// ("TestClusterOpenIdConnectProviderE18F0FD0"). Generated clients and templates are full of such names beside a
    /// provider's name; a random key of 20 letters and digits is one about 1 time in 1,400, of 32 about 1 in 40,000,
    /// and a key of lower-case letters and digits never.
    /// </summary>
    public static bool IsCodeIdentifier(string value) =>
        IsNameInCode(value) || (value.Length >= 24 && IsUpperHex(value, value.Length - 8) && IsNameInCode(value.Substring(0, value.Length - 8)));

    private static bool IsShortWord(string value, int start)
    {
        foreach (var word in ShortWords)
        {
            if (string.CompareOrdinal(value, start, word, 0, 3) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUpperHex(string value, int from)
    {
        for (var i = from; i < value.Length; i++)
        {
            if (!(value[i] is (>= '0' and <= '9') or (>= 'A' and <= 'F')))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsNameInCode(string value)
    {
        // A name holds no punctuation but '_': "SmartFleetSecretKeyForJwt2026!" is a phrase someone made a key of.
        foreach (var c in value)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }

        int inWords = 0, words = 0, capitalized = 0;
        for (var i = 0; i < value.Length;)
        {
            var start = i;
            var capital = value[i] >= 'A' && value[i] <= 'Z';
            if (capital)
            {
                i++;
            }

            var lower = i;
            while (i < value.Length && value[i] >= 'a' && value[i] <= 'z')
            {
                i++;
            }

            if ((i - lower >= 3 || (i - lower == 2 && capital && IsShortWord(value, start))) && (capital || start == 0))
            {
                inWords += i - start;
                words++;
                capitalized += capital ? 1 : 0;
            }
            else
            {
                i = start + 1;
            }
        }

        return words >= 2 && capitalized >= 1 && inWords * 5 >= value.Length * 4;
    }

    /// <summary>
    /// A name in capitals standing for a value ("ACCESS_TOKEN", "REPLACE_WITH_THE_DB_PASSWORD"): capitals, digits and at
    /// least <paramref name="underscores"/> underscores.
    /// </summary>
    public static bool IsConstantName(string value, int underscores = 1)
    {
        var found = 0;
        foreach (var c in value)
        {
            if (c == '_')
            {
                found++;
            }
            else if (!(c is >= 'A' and <= 'Z' or >= '0' and <= '9'))
            {
                return false;
            }
        }

        return found >= underscores && found < value.Length;
    }

    public static bool IsOneOf(string value, params string[] words)
    {
        foreach (var word in words)
        {
            if (string.Equals(value, word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
