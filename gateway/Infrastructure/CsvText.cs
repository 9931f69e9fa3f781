using System.Text;

namespace CaseConference.Gateway.Infrastructure;

/// <summary>
/// RFC 4180 text for spreadsheets: UTF-8 with a byte-order mark (so Excel reads Indonesian names
/// right), <c>;</c> between fields (the list separator where the decimal mark is a comma, as in
/// Indonesia), CRLF line ends, and a field quoted when it
/// holds a separator, a quote or a line break.
/// A field that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) is led by an
/// apostrophe, so a client's name can never become a formula on the reader's machine.
/// The one writer of both exports (the client list and the review schedule).
/// </summary>
public sealed class CsvText
{
    public const char Separator = ';';

    private readonly StringBuilder text = new();

    public CsvText Row(params string?[] fields)
    {
        text.AppendJoin(Separator, fields.Select(Field)).Append("\r\n");
        return this;
    }

    public byte[] ToBytes() => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];

    public static string Field(string? value)
    {
        var field = value ?? "";
        if (field.Length > 0 && field[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            field = "'" + field;
        }

        return field.IndexOfAny([Separator, ',', '"', '\r', '\n']) >= 0
            ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;
    }
}
