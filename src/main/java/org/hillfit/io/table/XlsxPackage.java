/* SPDX-License-Identifier: Apache-2.0 — Hillfit contributors */
package org.hillfit.io.table;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The parts of an XLSX zip that {@link XlsxTables} reads, found through the package's relationship files. POI's
 * {@link ZipSecureFile} opens the zip, so its guards hold for every part read: minimum inflate ratio (zip bombs),
 * maximum entry size and entry count. Every XML part, relationships included, goes through POI's hardened SAX
 * parser, which refuses a DOCTYPE. This replaces POI's {@code OPCPackage}, which also validates content types and
 * part names and builds a DOM per relationship file: a third of the time of reading a one-plate export.
 */
final class XlsxPackage implements Closeable {
    private static final String RELATIONS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    static final String OFFICE_DOCUMENT = RELATIONS + "officeDocument";
    static final String WORKSHEET = RELATIONS + "worksheet";
    static final String CHARTSHEET = RELATIONS + "chartsheet";
    static final String SHARED_STRINGS = RELATIONS + "sharedStrings";
    static final String STYLES = RELATIONS + "styles";

    /** A relationship: its type and the part it points at, resolved to a zip entry name. */
    record Relation(String type, String part) {}

    private final ZipSecureFile zip;
    private final Map<String, ZipArchiveEntry> entries = new HashMap<>();

    private XlsxPackage(ZipSecureFile zip) throws IOException {
        this.zip = zip;
        for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
            if (entries.size() >= ZipSecureFile.getMaxFileCount()) {
                throw new IOException(
                        String.format(Locale.ROOT, ZipSecureFile.MAX_FILE_COUNT_MSG, ZipSecureFile.getMaxFileCount()));
            }
            entries.put(entry.getName().toLowerCase(Locale.ROOT), entry); // part names ignore case
        }
    }

    static XlsxPackage open(Path file) throws IOException {
        ZipSecureFile zip = new ZipSecureFile(file.toFile());
        try {
            return new XlsxPackage(zip);
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    /** The workbook part, the target of the package's office-document relationship. */
    String workbookPart() throws IOException, SAXException {
        for (Relation relation : relations("").values()) {
            if (relation.type().equals(OFFICE_DOCUMENT)) {
                return relation.part();
            }
        }
        throw new IOException("the package names no workbook part (not an Excel workbook, or Strict OOXML)");
    }

    /** The relationships of a part by id, in file order; none when the part has no relationship file. */
    Map<String, Relation> relations(String part) throws IOException, SAXException {
        int slash = part.lastIndexOf('/');
        String folder = part.substring(0, slash + 1);
        Map<String, Relation> relations = new LinkedHashMap<>();
        Optional<InputStream> in = open(folder + "_rels/" + part.substring(slash + 1) + ".rels");
        if (in.isPresent()) {
            parse(in.get(), new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    String id = attributes.getValue("Id");
                    String target = attributes.getValue("Target");
                    if (localName.equals("Relationship")
                            && id != null
                            && target != null
                            && !"External".equals(attributes.getValue("TargetMode"))) {
                        relations.put(
                                id, new Relation(String.valueOf(attributes.getValue("Type")), resolve(folder, target)));
                    }
                }
            });
        }
        return relations;
    }

    /** The bytes of a part, through the guarded stream; empty when the zip has no such entry. */
    Optional<InputStream> open(String part) throws IOException {
        ZipArchiveEntry entry = entries.get(part.toLowerCase(Locale.ROOT));
        return entry == null ? Optional.empty() : Optional.of(zip.getInputStream(entry));
    }

    /** Parses XML with POI's hardened parser; closes the stream. */
    static void parse(InputStream in, ContentHandler handler) throws IOException, SAXException {
        try (in) {
            org.xml.sax.XMLReader reader = XMLHelper.newXMLReader();
            reader.setContentHandler(handler);
            reader.parse(new InputSource(in));
        } catch (ParserConfigurationException e) {
            throw new SAXException("the XML parser cannot be configured safely", e);
        }
    }

    /** A relationship target as a zip entry name: relative to the source part's folder, "." and ".." resolved. */
    static String resolve(String folder, String target) {
        String path = target.startsWith("/") ? target.substring(1) : folder + target;
        if (path.indexOf('%') >= 0) {
            path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        }
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                segments.pollLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.addLast(segment);
            }
        }
        return String.join("/", segments);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
