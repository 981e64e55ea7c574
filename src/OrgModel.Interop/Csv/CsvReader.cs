using System.Text;

namespace OrgModel.Interop.Csv;

/// <summary>
/// A streaming RFC 4180 reader: comma-separated fields, double-quoted fields with doubled quotes
/// inside, CRLF or LF record ends. Text is kept exactly as it is, control characters included.
/// </summary>
internal sealed class CsvReader(TextReader reader)
{
    private readonly StringBuilder _field = new();
    private long _line = 1;

    /// <summary>The line the next record starts on (1-based).</summary>
    public long Line => _line;

    /// <summary>Reads the next record into <paramref name="fields"/>; false at the end of the input.</summary>
    public bool TryRead(List<string> fields)
    {
        fields.Clear();
        int c = reader.Read();
        if (c < 0)
        {
            return false;
        }

        while (true)
        {
            _field.Clear();
            if (c == '"')
            {
                while (true)
                {
                    c = reader.Read();
                    if (c < 0)
                    {
                        throw new FormatException($"Line {_line}: a quoted field is not closed.");
                    }

                    if (c == '"')
                    {
                        if (reader.Peek() == '"')
                        {
                            reader.Read();
                            _field.Append('"');
                            continue;
                        }

                        c = reader.Read();
                        break;
                    }

                    if (c == '\n')
                    {
                        _line++;
                    }

                    _field.Append((char)c);
                }

                if (c is not (',' or '\r' or '\n' or -1))
                {
                    throw new FormatException($"Line {_line}: unexpected character after a closing quote.");
                }
            }
            else
            {
                while (c is not (',' or '\r' or '\n' or -1))
                {
                    if (c == '"')
                    {
                        throw new FormatException($"Line {_line}: a quote inside an unquoted field.");
                    }

                    _field.Append((char)c);
                    c = reader.Read();
                }
            }

            fields.Add(_field.ToString());
            if (c == ',')
            {
                c = reader.Read();
                continue;
            }

            if (c == '\r' && reader.Peek() == '\n')
            {
                reader.Read();
            }

            _line++;
            return true;
        }
    }
}
