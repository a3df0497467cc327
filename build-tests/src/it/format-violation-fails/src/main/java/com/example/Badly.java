package com.example;
import java.util.List;
import java.util.ArrayList;
public class Badly   { int  x ;
  List<String> names() { return  new ArrayList<>(); } }
