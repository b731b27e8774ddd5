namespace LeakGuard.Engine.Rules;

/// <summary>Building blocks for rule patterns, so every rule bounds its tokens the same way.</summary>
internal static class Patterns
{
    public const string Base62 = "A-Za-z0-9";

    public const string UrlSafe = "A-Za-z0-9_-";

    /// <summary>URL-safe characters and '.', for formats whose parts are separated by dots.</summary>
    public const string UrlSafeOrDot = "A-Za-z0-9._-";

    /// <summary>A UUID in lower-case hex, as many providers issue keys (or the secret part of one).</summary>
    public const string Uuid = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    /// <summary>Base 64 without the padding character, so that "Key=" still ends the name before a key.</summary>
    public const string Base64 = "A-Za-z0-9+/";

    /// <summary>
    /// A .NET literal's bytes, the literal as the group <c>secret</c> (16 to 200 characters), for a pattern in
    /// <c>(?i)</c>: <c>Encoding.UTF8.GetBytes("…")</c>, <c>Convert.FromBase64String("…")</c>,
    /// <c>Convert.FromHexString("…")</c>, with or without <c>System.</c>.
    /// </summary>
    public const string DotNetLiteralBytes =
        "(?:system\\.)?(?:(?:text\\.)?encoding\\.[a-z0-9]{1,12}\\.getbytes|convert\\.from(?:base64|hex)string)\\([ \\t]{0,5}@?\"(?<secret>[^\"\\r\\n]{16,200})\"";

    /// <summary>
    /// Captures <paramref name="secret"/> as the group <c>secret</c> where it is not part of a longer run of
    /// <paramref name="tokenChars"/>. Look-arounds are not available on the non-backtracking engine, so the
    /// boundaries are matched characters outside the group.
    /// </summary>
    public static string Token(string secret, string tokenChars = UrlSafe) =>
        $"(?:^|[^{tokenChars}])(?<secret>{secret})(?:$|[^{tokenChars}])";

    /// <summary>
    /// Captures <paramref name="secret"/> as a call's quoted argument right after the quoted <paramref name="first"/>,
    /// as SDKs take a key and its secret by position: <c>new Client("key", "secret")</c>, the second on the next line too.
    /// </summary>
    public static string AfterArgument(string first, string secret) =>
        $"[\"']{first}[\"'][ \\t]{{0,5}},[ \\t\\r\\n]{{0,20}}[\"'](?<secret>{secret})[\"']";

    /// <summary>
    /// Captures <paramref name="secret"/> as the value of the query parameter <paramref name="parameter"/> (either
    /// case) of a URL that starts with <paramref name="hostAndPath"/>, wherever the parameter stands in the query
    /// (<c>?country=us&amp;apiKey=…</c>, a template's <c>?q={city}&amp;key=…</c>, an HTML page's <c>&amp;amp;</c> too): the key of an API its host names.
    /// A <see cref="Reference"/> to the key is captured too, and where another string holds the host
    /// (<c>`${NASA_APOD}?api_key=${apiKey}`</c>) the group <c>hostless</c> asks for one of the rule's keywords nearby.
    /// </summary>
    public static string QueryParameter(string hostAndPath, string parameter, string secret) =>
        $"{Query(hostAndPath, parameter)}(?:(?<secret>{secret})(?:$|[^A-Za-z0-9_-])|{Reference})|(?<hostless>[?&](?:amp;)?(?i:{parameter})=){Reference}";

    /// <summary>
    /// Captures, as the group <c>ref</c>, the name whose value is the query parameter <paramref name="parameter"/> of a URL
    /// (<c>…&amp;appid=${apiKey}</c>, <c>"…&amp;appid=" + apiKey</c>, a format call's last argument), its host too in another
    /// string (<c>$"{BaseUrl}weather?q={city}&amp;appid={apiKey}"</c>, Retrofit's <c>@GET("movie/popular?api_key=$apiKey")</c>),
    /// or of a request's parameters (<c>params = {"appid": api_key}</c>, <c>appid=API_KEY</c>): for rules that need the
    /// provider's name near the match.
    /// </summary>
    public static string ParameterReference(string parameter) =>
        $"[?&](?:amp;)?(?i:{parameter})=(?:{Reference}|{FormatArgument})|{AssignedReference(parameter)}";

    /// <summary>
    /// The last argument of a format call whose last placeholder a parameter's value is (Go's
    /// <c>Sprintf("…&amp;appid=%s", city, apiKey)</c>, Python's <c>"…&amp;appid=%s" % (city, KEY)</c> and <c>.format(city, KEY)</c>,
    /// C#'s <c>string.Format("…&amp;appid={1}", city, Key)</c>): the group <c>ref</c>.
    /// </summary>
    private const string FormatArgument =
        "(?:%[sv]|\\{[0-9]{0,2}\\})[^\"'`%{}\\r\\n]{0,200}[\"'`][ \t]*(?:%[ \t]*\\(?|\\.format\\(|,)(?:[^;\\r\\n)]{0,200}[ ,(])?[ \t]*(?<ref>[A-Za-z_][A-Za-z0-9_]*)[ \t]*\\)?";

    private static string Query(string hostAndPath, string parameter) =>
        $"(?i:{hostAndPath})[^\\r\\n\"'`<>?#]{{0,200}}\\?(?:[^&\"'`<>\\r\\n#]{{0,100}}(?:{JoinedValue})?&(?:amp;)?){{0,6}}(?i:{parameter})=";

    /// <summary>
    /// Captures, as the group <c>ref</c>, the variable whose value <paramref name="name"/> is given: a header's
    /// <c>'x-apisports-key': api_key</c>, Java's <c>setRequestProperty("X-Naver-Client-Secret", clientSecret)</c>, a
    /// keyword argument's <c>TDClient(apikey=API_KEY)</c>. The literal that variable is assigned is the key.
    /// </summary>
    public static string AssignedReference(string name) =>
        $"(?<assignedname>(?i:{name}))[\"']?[ \t]{{0,3}}(?:=|:|,|=>)[ \t]{{0,3}}\\$?(?:[A-Za-z_][A-Za-z0-9_]{{0,30}}(?:\\.|->|::)){{0,3}}(?<ref>[A-Za-z_][A-Za-z0-9_]{{0,40}})(?:$|[^A-Za-z0-9_(\\[\"'.])";

    /// <summary>
    /// Captures <paramref name="secret"/>, or as the group <c>ref</c> the name holding it, where a client's call gives it as
    /// its argument <paramref name="argument"/>: Python's <c>LastFMNetwork(api_key=API_KEY)</c>, an options object's
    /// <c>new Razorpay({ key_secret: KEY_SECRET })</c>, over several lines too, within 200 characters of the call.
    /// </summary>
    public static string CallArgument(string call, string argument, string secret) =>
        $"{call}\\((?:[^)]{{0,200}}[^A-Za-z0-9_)])?(?i:{argument})[\"']?[ \t]{{0,3}}[=:][ \t]{{0,3}}"
        + $"(?:[bru]?[\"'](?<secret>{secret})[\"']|(?<ref>[A-Za-z_][A-Za-z0-9_]{{0,40}})(?:$|[^A-Za-z0-9_(\\[\"'.]))";

    /// <summary>
    /// Captures, as the group <c>ref</c>, the name a client's call takes its second argument from, the secret after the
    /// key's id: <c>stream.connect(API_KEY, API_SECRET)</c>, <c>new RazorpayClient(keyId, keySecret)</c>.
    /// </summary>
    public static string SecondArgumentReference(string call) =>
        $"{call}\\([ \t\\r\\n]{{0,20}}[A-Za-z_][A-Za-z0-9_.]{{0,60}}[ \t]{{0,3}},[ \t\\r\\n]{{0,20}}(?<ref>[A-Za-z_][A-Za-z0-9_]{{0,40}})[ \t\\r\\n]{{0,20}}[,)]";

    /// <summary>
    /// A name a string takes a value from, as languages write it: a template's <c>${name}</c>, <c>{name}</c>,
    /// <c>#{name}</c>, <c>\(name)</c>, <c>$name</c> and <c>%(name)s</c>, or a name joined after the string's end
    /// (<c>"…=" + name</c>, <c>'…=' . $name</c>, R's <c>paste0("…=", name)</c>), a member's too (<c>${this.apiKey}</c>, <c>{self.api_key}</c>): the
    /// group <c>ref</c> holds its last part, whose literal <see cref="SecretRule.ReferencedValue"/> tells.
    /// </summary>
    public const string Reference =
        "(?:\\$\\{|#\\{|\\\\\\(|\\{\\$?|\\$|%\\(|[\"'`][ \t\\r\\n]*(?:\\+|\\.\\.?|&|<<|,)[ \t\\r\\n]*\\$?)[ \t]*"
        + "(?:[A-Za-z_][A-Za-z0-9_]*(?:\\.|->|\\?\\.|::)){0,3}(?<ref>[A-Za-z_][A-Za-z0-9_]*)(?:$|[^A-Za-z0-9_(])";

    /// <summary>
    /// A value joined into a string between two of its parts, ending a query parameter: <c>" + city + "</c>,
    /// <c>'.$city.'</c>, the next part on the next line too.
    /// </summary>
    private const string JoinedValue =
        "[\"'`][ \t\\r\\n]*[+.][ \t\\r\\n]*[A-Za-z0-9_$()][A-Za-z0-9_.$()]{0,30}[ \t\\r\\n]*[+.][ \t\\r\\n]*[\"'`]";

    /// <summary>
    /// Captures <paramref name="secret"/> where it is the value of a name that holds <paramref name="name"/>
    /// (case-insensitive; up to 20 more name characters or a type after it, as in <c>var nameToken string =</c>), however
    /// a language or a format assigns it: <c>name = "…"</c>, <c>"name": "…"</c> (escaped too, inside a JSON string),
    /// <c>name: …</c> and YAML's <c>name: |</c> on the next line, <c>NAME=…</c>, <c>name := …</c>, Make's <c>?=</c>,
    /// <c>+=</c> and <c>::=</c>, PHP's <c>.=</c>, <c>name => "…"</c>, <c>&lt;name&gt;…&lt;/name&gt;</c>, a CSV's
    /// <c>name,…</c>, a call's <c>("name", "…")</c>, C#'s <c>Name { get; set; } = "…"</c>, a Terraform variable's
    /// <c>variable "name" { type = string default = "…" }</c>, Python's and TypeScript's typed <c>name: str = "…"</c> and .NET's
    /// <c>&lt;add key="name" value="…" /&gt;</c>, a fallback (<c>config.name || "…"</c>, <c>?? "…"</c>), Python's prefixed
    /// literals (<c>name = b'…'</c>, <c>r'…'</c>) and C#'s verbatim and interpolated ones (<c>@"…"</c>, <c>$"…"</c>). For keys whose
    /// provider issues a public value of the same format, which only the name tells apart. The group <c>assignedname</c>
    /// holds <paramref name="name"/>, which must start a word of the name (<c>MY_GNEWS_KEY</c>, <c>myGnewsKey</c>, not
    /// <c>trendingNewsKey</c>).
    /// </summary>
    public static string AssignedTo(string name, string secret, string tokenChars = UrlSafe) =>
        $"(?<assignedname>(?i:{name}))[A-Za-z0-9_. \t-]{{0,20}}(?:\\{{[ \t]{{0,3}}get;[ \t]{{0,3}}(?:(?:private[ \t]{{1,3}})?(?:set|init);[ \t]{{0,3}})?\\}}[ \t]{{0,3}}|\"[ \t]{{0,3}}\\{{[^{{}}]{{0,200}}(?i:default)[ \t]{{0,3}}|:[ \t]{{0,3}}(?i:str|string)[ \t]{{0,3}})?(?:\\\\{{0,2}}[\"'`])?\\]?[ \t]{{0,5}}(?:value[ \t]{{0,3}})?(?:[<>?+.]?=|:{{1,3}}=|=>|\\|\\||\\?\\?=?|:|,|>)[ \t]{{0,5}}"
        + $"(?:[|>][-+]?[ \t]{{0,5}})?(?:\\r?\\n[ \t]{{0,20}})?(?:@|(?:[@$]{{1,2}}|[bBrRuUfF]{{0,2}})\\\\{{0,2}}[\"'`])?(?<secret>{secret})(?:$|[^{tokenChars}])";
}
