package dev.lockstep.graphql.internal.util;

import dev.lockstep.graphql.internal.json.Values;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * {@code $util.xml} ("XML helpers in $util.xml"): XML to maps as the docs' example shows: elements become keys,
 * repeated elements become lists, and text that reads as a number or boolean becomes one ({@code <id>1</id>} gives
 * {@code "id": 1}). Attributes become keys too; text beside attributes or children goes under {@code content}.
 */
public final class XmlUtil {

    public Map<String, Object> toMap(String xml) {
        Element root = parse(xml).getDocumentElement();
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(root.getTagName(), convert(root));
        return map;
    }

    public String toJsonString(String xml) {
        return Values.write(toMap(xml));
    }

    private static org.w3c.dom.Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new TemplateErrorSignal(
                    "Unable to parse the XML document: " + e.getMessage(), "MappingTemplate", null, null);
        }
    }

    private static Object convert(Element element) {
        Map<String, Object> map = new LinkedHashMap<>();
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            map.put(attribute.getName(), scalar(attribute.getValue()));
        }
        StringBuilder text = new StringBuilder();
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (child instanceof Element childElement) {
                add(map, childElement.getTagName(), convert(childElement));
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(child.getNodeValue());
            }
        }
        String content = text.toString().trim();
        if (map.isEmpty()) {
            return content.isEmpty() ? "" : scalar(content);
        }
        if (!content.isEmpty()) {
            add(map, "content", scalar(content));
        }
        return map;
    }

    @SuppressWarnings("unchecked")
    private static void add(Map<String, Object> map, String key, Object value) {
        Object existing = map.get(key);
        if (existing == null && !map.containsKey(key)) {
            map.put(key, value);
        } else if (existing instanceof ListOfRepeats list) {
            list.add(value);
        } else {
            List<Object> list = new ListOfRepeats();
            list.add(existing);
            list.add(value);
            map.put(key, list);
        }
    }

    private static Object scalar(String text) {
        if ("true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text)) {
            return Boolean.parseBoolean(text);
        }
        if (text.matches("-?(0|[1-9]\\d*)")) {
            try {
                long value = Long.parseLong(text);
                return value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE ? (Object) (int) value : value;
            } catch (NumberFormatException e) {
                return text;
            }
        }
        if (text.matches("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?")) {
            return new BigDecimal(text).doubleValue();
        }
        return text;
    }

    /** Marks lists made from repeated elements, so that a third repeat is appended rather than nested. */
    private static final class ListOfRepeats extends ArrayList<Object> {
        private static final long serialVersionUID = 1L;
    }
}
