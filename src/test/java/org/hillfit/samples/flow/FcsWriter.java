/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.samples.flow;

import java.io.ByteArrayOutputStream;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes FCS files for tests and sample plates: FCS 2.0/3.0/3.1, integer (any whole-byte widths, mixed), float,
 * double or ASCII data, either byte order, and the quirks real writers produce (blank or wrong HEADER offsets,
 * escaped delimiters, a missing final delimiter, lower-case keywords, duplicates, supplemental TEXT). Values are
 * given per parameter as channel values: integers are written as unsigned {@code $PnB}-bit numbers (higher bits
 * kept, so masking can be tested), floats as they are.
 */
public final class FcsWriter {

    /** {@code $DATATYPE}. */
    public enum DataType {
        INT("I"),
        FLOAT("F"),
        DOUBLE("D"),
        ASCII("A");

        final String code;

        DataType(String code) {
            this.code = code;
        }
    }

    /** Where the HEADER's DATA offsets point. */
    public enum HeaderData {
        /** The real offsets. */
        CORRECT,
        /** Blank (as for files over 99,999,999 bytes); only $BEGINDATA/$ENDDATA tell. */
        BLANK,
        /** A start 40 bytes early (into TEXT); $BEGINDATA/$ENDDATA are right. */
        WRONG_START,
        /** An end past the end of the file; $BEGINDATA/$ENDDATA are right. */
        END_BEYOND_FILE
    }

    /**
     * One parameter.
     *
     * @param name $PnN
     * @param stain $PnS, or "" for none
     * @param bits $PnB
     * @param range $PnR as written
     * @param amplification $PnE as written, or "" to omit
     * @param gain $PnG as written, or "" to omit
     */
    public record Parameter(String name, String stain, int bits, String range, String amplification, String gain) {
        /** A float parameter with range 262144. */
        public static Parameter floating(String name, String stain) {
            return new Parameter(name, stain, 32, "262144", "0,0", "");
        }

        /** An integer parameter. */
        public static Parameter integer(String name, int bits, long range) {
            return new Parameter(name, "", bits, Long.toString(range), "0,0", "");
        }
    }

    private String version = "3.1";
    private DataType type = DataType.FLOAT;
    private ByteOrder order = ByteOrder.BIG_ENDIAN;
    private char delimiter = '/';
    private int textStart = 256;
    private final List<Parameter> parameters = new ArrayList<>();
    private double[][] columns = new double[0][];
    private final Map<String, String> keywords = new LinkedHashMap<>();
    private final List<String[]> duplicates = new ArrayList<>();
    private HeaderData headerData = HeaderData.CORRECT;
    private boolean textOffsets = true;
    private boolean finalDelimiter = true;
    private boolean lowerCaseKeywords;
    private boolean twoByteOrder;
    private int dataEndExtra;
    private Charset charset = StandardCharsets.UTF_8;
    private Map<String, String> supplemental = Map.of();

    /** A float32 big-endian FCS 3.1 writer with no parameters yet. */
    public static FcsWriter fcs31() {
        return new FcsWriter();
    }

    public FcsWriter version(String fcsVersion) {
        this.version = fcsVersion;
        this.textOffsets = !fcsVersion.equals("2.0");
        return this;
    }

    public FcsWriter dataType(DataType dataType) {
        this.type = dataType;
        return this;
    }

    public FcsWriter byteOrder(ByteOrder byteOrder) {
        this.order = byteOrder;
        return this;
    }

    /** Writes $BYTEORD as "1,2"/"2,1" (FCS 2.0 16-bit files). */
    public FcsWriter twoByteOrder() {
        this.twoByteOrder = true;
        return this;
    }

    public FcsWriter delimiter(char textDelimiter) {
        this.delimiter = textDelimiter;
        return this;
    }

    /** Where TEXT starts (58 or 256 in real files). */
    public FcsWriter textStart(int offset) {
        this.textStart = offset;
        return this;
    }

    public FcsWriter parameter(Parameter parameter) {
        parameters.add(parameter);
        return this;
    }

    /** Events as one array of channel values per parameter (same order as the parameters). */
    public FcsWriter events(double[][] valuesByParameter) {
        this.columns = valuesByParameter.clone();
        return this;
    }

    /** Another keyword (written after the required ones). */
    public FcsWriter keyword(String keyword, String value) {
        keywords.put(keyword, value);
        return this;
    }

    /** Writes a keyword a second time with another value. */
    public FcsWriter duplicate(String keyword, String value) {
        duplicates.add(new String[] {keyword, value});
        return this;
    }

    public FcsWriter headerData(HeaderData mode) {
        this.headerData = mode;
        return this;
    }

    /** Leaves out $BEGINDATA/$ENDDATA (FCS 2.0 style). */
    public FcsWriter withoutTextOffsets() {
        this.textOffsets = false;
        return this;
    }

    /** Ends TEXT without the final delimiter. */
    public FcsWriter withoutFinalDelimiter() {
        this.finalDelimiter = false;
        return this;
    }

    /** Writes every keyword in lower case. */
    public FcsWriter lowerCaseKeywords() {
        this.lowerCaseKeywords = true;
        return this;
    }

    /** Declares DATA as this many bytes longer than it is (the common off-by-one end offset). */
    public FcsWriter dataEndOffBy(int extra) {
        this.dataEndExtra = extra;
        return this;
    }

    /** The charset of TEXT values (UTF-8 for 3.1, ISO-8859-1 for older writers). */
    public FcsWriter charset(Charset textCharset) {
        this.charset = textCharset;
        return this;
    }

    /** Keywords written into a supplemental TEXT segment after DATA. */
    public FcsWriter supplementalText(Map<String, String> stext) {
        this.supplemental = new LinkedHashMap<>(stext);
        return this;
    }

    /** The file's bytes. */
    public byte[] toBytes() {
        return FcsBytes.write(this);
    }

    /** Several datasets in one file, linked by $NEXTDATA (Beckman Coulter LMD style). */
    public static byte[] chain(List<FcsWriter> datasets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < datasets.size(); i++) {
            FcsWriter w = datasets.get(i);
            if (i < datasets.size() - 1) {
                int length = w.keyword("$NEXTDATA", padded(0)).toBytes().length;
                w.keyword("$NEXTDATA", padded(length));
            }
            out.writeBytes(w.toBytes());
        }
        return out.toByteArray();
    }

    /** A number zero-padded to 20 digits, so a TEXT's length does not depend on the offsets it holds. */
    static String padded(long value) {
        return String.format(Locale.ROOT, "%020d", value);
    }

    // package-private accessors for FcsBytes

    String versionText() {
        return "FCS" + version;
    }

    DataType type() {
        return type;
    }

    ByteOrder order() {
        return order;
    }

    char delimiterChar() {
        return delimiter;
    }

    int textStartOffset() {
        return textStart;
    }

    List<Parameter> parameters() {
        return parameters;
    }

    double[][] columns() {
        return columns;
    }

    Map<String, String> extraKeywords() {
        return keywords;
    }

    List<String[]> duplicateKeywords() {
        return duplicates;
    }

    HeaderData headerDataMode() {
        return headerData;
    }

    boolean hasTextOffsets() {
        return textOffsets;
    }

    boolean hasFinalDelimiter() {
        return finalDelimiter;
    }

    boolean isLowerCase() {
        return lowerCaseKeywords;
    }

    String byteOrderText() {
        boolean little = order == ByteOrder.LITTLE_ENDIAN;
        if (twoByteOrder) {
            return little ? "1,2" : "2,1";
        }
        return little ? "1,2,3,4" : "4,3,2,1";
    }

    int dataEndExtra() {
        return dataEndExtra;
    }

    Charset textCharset() {
        return charset;
    }

    Map<String, String> supplementalKeywords() {
        return supplemental;
    }
}
